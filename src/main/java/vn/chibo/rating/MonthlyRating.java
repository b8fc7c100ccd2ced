package vn.chibo.rating;

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
import java.time.YearMonth;
import java.util.Objects;

/**
 * Xếp loại đảng viên hằng tháng: the member's self-assessment, the secretary's proposal and the
 * level the branch agreed on. One per member and month; final once the month is locked.
 */
@Entity
@Table(name = "monthly_rating")
class MonthlyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(nullable = false)
    private YearMonth period;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level")
    private RatingLevel selfLevel;

    @Column(name = "self_text")
    private String selfText;

    @Column(name = "self_submitted_at")
    private Instant selfSubmittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private RatingLevel proposedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_level")
    private RatingLevel finalLevel;

    private String comment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected MonthlyRating() {
    }

    MonthlyRating(long memberId, long branchId, YearMonth period) {
        this.memberId = memberId;
        this.branchId = branchId;
        this.period = Objects.requireNonNull(period);
    }

    boolean isFinal() {
        return finalLevel != null;
    }

    private void requireOpen() {
        if (isFinal()) {
            throw new RatingLockedException(memberId, period);
        }
    }

    /** The secretary's proposal; returns the previous proposal for the audit log. */
    RatingLevel propose(RatingLevel level, String newComment) {
        requireOpen();
        RatingLevel previous = proposedLevel;
        this.proposedLevel = level;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        return previous;
    }

    /** The member's own view of the month, until the month is final. */
    void assessSelf(RatingLevel level, String text, Instant at) {
        requireOpen();
        this.selfLevel = Objects.requireNonNull(level);
        this.selfText = text == null || text.isBlank() ? null : text.strip();
        this.selfSubmittedAt = at;
    }

    /** The branch agreed at the meeting: the proposal becomes final and the month is locked. */
    void decide(String by, Instant at) {
        requireOpen();
        if (proposedLevel == null) {
            throw new IllegalStateException("member " + memberId + " has no proposed level");
        }
        this.finalLevel = proposedLevel;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    void reopen() {
        this.finalLevel = null;
        this.decidedAt = null;
        this.decidedBy = null;
    }

    RatingRow row() {
        return new RatingRow(memberId, selfLevel, selfText, selfSubmittedAt, proposedLevel, finalLevel, comment);
    }

    Long getId() {
        return id;
    }

    Long getBranchId() {
        return branchId;
    }

    Long getMemberId() {
        return memberId;
    }

    YearMonth getPeriod() {
        return period;
    }

    RatingLevel getProposedLevel() {
        return proposedLevel;
    }
}
