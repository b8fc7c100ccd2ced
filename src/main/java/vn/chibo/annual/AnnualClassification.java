package vn.chibo.annual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.chibo.rating.RatingLevel;

/** Xếp loại cuối năm: proposed from the months and by the branch, decided by committee staff. */
@Entity
@Table(name = "annual_classification")
class AnnualClassification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private RatingLevel proposedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_level")
    private RatingLevel finalLevel;

    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_level")
    private RatingLevel branchLevel;

    @Column(name = "branch_reason")
    private String branchReason;

    @Column(name = "branch_proposed_by")
    private String branchProposedBy;

    @Column(name = "branch_proposed_at")
    private Instant branchProposedAt;

    @Version
    private long version;

    protected AnnualClassification() {
    }

    AnnualClassification(long memberId, int year) {
        this.memberId = memberId;
        this.year = year;
    }

    /** Returns the previous decision for the audit log. */
    RatingLevel decide(RatingLevel proposed, RatingLevel level, String why, String by, Instant at) {
        RatingLevel previous = finalLevel;
        this.proposedLevel = proposed;
        this.finalLevel = level;
        this.reason = why == null || why.isBlank() ? null : why.strip();
        this.decidedBy = by;
        this.decidedAt = at;
        return previous;
    }

    /** The branch's proposal at its year-end review; returns the previous one for the audit log. */
    RatingLevel proposeAtBranch(RatingLevel level, String why, String by, Instant at) {
        RatingLevel previous = branchLevel;
        this.branchLevel = level;
        this.branchReason = why == null || why.isBlank() ? null : why.strip();
        this.branchProposedBy = by;
        this.branchProposedAt = at;
        return previous;
    }

    boolean decided() {
        return finalLevel != null;
    }

    Long getId() {
        return id;
    }
}
