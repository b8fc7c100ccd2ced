package vn.chibo.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated event of a member's party life, with its decision number and a note. The member's
 * state on any day is what these say; {@code member_history_replay} (V5) writes it.
 */
@Entity
@Table(name = "member_event")
class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberEventKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "decision_number")
    private String decisionNumber;

    private String note;

    @Column(name = "branch_id")
    private Long branchId;

    @Column(name = "from_branch_id")
    private Long fromBranchId;

    @Enumerated(EnumType.STRING)
    private BranchRole role;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private String place;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected MemberEvent() {
    }

    MemberEvent(long memberId, MemberEventKind kind, LocalDate occurredOn, String decisionNumber, String note,
                Instant recordedAt, String recordedBy) {
        this.memberId = memberId;
        this.kind = Objects.requireNonNull(kind);
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.decisionNumber = blankToNull(decisionNumber);
        this.note = blankToNull(note);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    /** Where the member is from this event on (an arrival or a transfer), or where a role holds. */
    MemberEvent inBranch(long branchId) {
        this.branchId = branchId;
        return this;
    }

    MemberEvent fromBranch(long fromBranchId) {
        this.fromBranchId = fromBranchId;
        return this;
    }

    MemberEvent asRole(BranchRole role) {
        this.role = Objects.requireNonNull(role);
        return this;
    }

    MemberEvent until(LocalDate endsOn) {
        this.endsOn = endsOn;
        return this;
    }

    MemberEvent at(String place) {
        this.place = blankToNull(place);
        return this;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    MemberEventKind getKind() {
        return kind;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }
}
