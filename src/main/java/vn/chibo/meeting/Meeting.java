package vn.chibo.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;
import org.hibernate.annotations.Generated;

/** Buổi sinh hoạt chi bộ: one meeting of a branch, with its resolution and quality score. */
@Entity
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(nullable = false)
    private YearMonth period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String location;

    @Column(name = "chair_id")
    private Long chairId;

    @Column(name = "recorder_id")
    private Long recorderId;

    @Column(name = "resolution_text")
    private String resolutionText;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_other")
    private Integer votesOther;

    @Column(name = "eligible_count")
    private Integer eligibleCount;

    @Column(name = "quality_preparation")
    private Integer qualityPreparation;

    @Column(name = "quality_attendance")
    private Integer qualityAttendance;

    @Column(name = "quality_conduct")
    private Integer qualityConduct;

    @Column(name = "quality_closing")
    private Integer qualityClosing;

    @Generated
    @Column(name = "quality_score", insertable = false, updatable = false)
    private Integer qualityScore;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "finalized_by")
    private String finalizedBy;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long branchId, YearMonth period, MeetingKind kind) {
        this.branchId = branchId;
        this.period = Objects.requireNonNull(period);
        this.kind = Objects.requireNonNull(kind);
        this.status = MeetingStatus.PLANNED;
    }

    Long getId() {
        return id;
    }

    YearMonth getPeriod() {
        return period;
    }

    MeetingStatus getStatus() {
        return status;
    }
}
