package vn.chibo.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A branch's enrolment in the "Chi bộ điểm toàn diện" programme. */
@Entity
@Table(name = "pilot_enrollment")
class PilotEnrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false, unique = true)
    private Long branchId;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "plan_reference", nullable = false)
    private String planReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PilotStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected PilotEnrollment() {
    }

    PilotEnrollment(long branchId) {
        this.branchId = branchId;
    }

    /** The enrolment as the committee records it: when, under which plan, where it stands, when it ended. */
    void record(LocalDate enrolledOn, String planReference, PilotStatus status, LocalDate endedOn) {
        this.enrolledOn = java.util.Objects.requireNonNull(enrolledOn);
        this.planReference = java.util.Objects.requireNonNull(planReference).strip();
        this.status = java.util.Objects.requireNonNull(status);
        this.endedOn = endedOn;
    }

    PilotInfo info() {
        return new PilotInfo(enrolledOn, planReference, status, endedOn);
    }

    Long getBranchId() {
        return branchId;
    }
}
