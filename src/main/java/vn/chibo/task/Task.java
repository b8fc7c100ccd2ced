package vn.chibo.task;

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
import java.time.YearMonth;
import java.util.Objects;

/**
 * Nhiệm vụ được phân công: work given to one member at a meeting (or ad hoc), reviewed at the
 * next meeting. {@code period} is the month in which it was given.
 */
@Entity
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignee_id", nullable = false)
    private Long assigneeId;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(nullable = false)
    private YearMonth period;

    @Column(name = "assigned_meeting_id")
    private Long assignedMeetingId;

    @Column(name = "reviewed_meeting_id")
    private Long reviewedMeetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskCadence cadence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskKind kind;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_progress")
    private MemberProgress memberProgress;

    @Column(name = "member_note")
    private String memberNote;

    @Column(name = "member_progress_at")
    private Instant memberProgressAt;

    @Version
    private long version;

    protected Task() {
    }

    Task(long assigneeId, long branchId, YearMonth period, Long assignedMeetingId, TaskCadence cadence,
         TaskSource source, TaskKind kind, String title, String description, LocalDate dueOn) {
        this.assignedMeetingId = assignedMeetingId;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.assigneeId = assigneeId;
        this.branchId = branchId;
        this.period = Objects.requireNonNull(period);
        this.cadence = Objects.requireNonNull(cadence);
        this.source = Objects.requireNonNull(source);
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.result = TaskResult.NOT_STARTED;
    }

    /** The secretary's result at a meeting's review; a final result closes the task there. */
    TaskResult review(TaskResult newResult, long meetingId) {
        TaskResult previous = result;
        this.result = newResult;
        this.reviewedMeetingId = newResult.isFinal() ? meetingId : null;
        return previous;
    }

    /** The member's own report of progress; the secretary's result is what counts. */
    void reportProgress(MemberProgress progress, String note, Instant at) {
        if (result.isFinal()) {
            throw new IllegalStateException("task " + id + " has been reviewed");
        }
        this.memberProgress = progress;
        this.memberNote = note == null || note.isBlank() ? null : note.strip();
        this.memberProgressAt = at;
    }

    TaskView view() {
        return new TaskView(id, assigneeId, period, assignedMeetingId, reviewedMeetingId, cadence, source, kind, title,
                description, dueOn, result, memberProgress, memberNote, memberProgressAt);
    }

    Long getId() {
        return id;
    }

    Long getBranchId() {
        return branchId;
    }

    Long getAssignedMeetingId() {
        return assignedMeetingId;
    }

    Long getReviewedMeetingId() {
        return reviewedMeetingId;
    }

    TaskResult getResult() {
        return result;
    }
}
