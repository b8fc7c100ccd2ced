package vn.chibo.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.Objects;

/** Kỷ luật: a discipline in a month forces that month's rating to NOT_COMPLETED. */
@Entity
class Discipline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisciplineForm form;

    @Column(name = "deciding_body", nullable = false)
    private String decidingBody;

    @Column(name = "decision_number", nullable = false)
    private String decisionNumber;

    private String reason;

    protected Discipline() {
    }

    Discipline(long memberId, LocalDate decidedOn, DisciplineForm form, String decidingBody, String decisionNumber,
               String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.memberId = memberId;
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.form = Objects.requireNonNull(form);
        this.decidingBody = Objects.requireNonNull(decidingBody);
        this.decisionNumber = Objects.requireNonNull(decisionNumber);
    }
}
