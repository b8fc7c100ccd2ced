package vn.chibo.task;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.organization.OrganizationService;
import vn.chibo.security.AccessPolicy;

/**
 * Tasks given to members at a meeting and reviewed at the next one. Writes are for the branch's
 * own secretary; the meeting feature checks that the meeting is still open before calling.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final TaskRepository tasks;
    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;


    TaskService(TaskRepository tasks, JdbcClient jdbc, OrganizationService organizations, AccessPolicy access,
                AuditService audit, Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
    }

    /** Open tasks given before {@code period}: the review list of that month's meeting. */
    public List<TaskView> openBefore(long branchId, YearMonth period) {
        access.requireView(organizations.get(branchId).path());
        return tasks.openBefore(branchId, period).stream().map(Task::view).toList();
    }

    /** How many tasks given before {@code period} are still open: a count, no details (every meeting page asks). */
    public long countOpenBefore(long branchId, YearMonth period) {
        return jdbc.sql("select count(*) from task where branch_id = ? and period < ? and reviewed_meeting_id is null")
                .params(branchId, Date.valueOf(period.atDay(1))).query(Long.class).single();
    }

    public List<TaskView> reviewedAt(long branchId, long meetingId) {
        access.requireView(organizations.get(branchId).path());
        return tasks.findByReviewedMeetingIdOrderById(meetingId).stream().map(Task::view).toList();
    }

    public List<TaskView> assignedAt(long branchId, long meetingId) {
        access.requireView(organizations.get(branchId).path());
        return tasks.findByAssignedMeetingIdOrderById(meetingId).stream().map(Task::view).toList();
    }

    /**
     * Per member, the tasks the meeting's month is rated on: those reviewed at the meeting, and those
     * of the branch still open past their due date (before the day the meeting was held, or today
     * until it is), which count as not done on time. Ordered by kind, then as given.
     */
    public Map<Long, List<RatedTask>> forRating(long meetingId) {
        return jdbc.sql("""
                        select t.id, t.assignee_id, t.kind, t.title, t.due_on, t.result,
                               t.reviewed_meeting_id is distinct from mt.id as overdue
                          from meeting mt
                          join task t on t.reviewed_meeting_id = mt.id
                                      or (t.branch_id = mt.branch_id and t.reviewed_meeting_id is null
                                          and t.result in ('NOT_STARTED', 'IN_PROGRESS')
                                          and t.due_on < coalesce(mt.held_on, ?))
                         where mt.id = ?
                         order by t.kind, t.id""")
                .params(LocalDate.now(clock), meetingId)
                .query((row, n) -> new RatedTask(row.getLong(1), row.getLong(2), TaskKind.valueOf(row.getString(3)),
                        row.getString(4), row.getObject(5, LocalDate.class), TaskResult.valueOf(row.getString(6)),
                        row.getBoolean(7)))
                .list().stream()
                .collect(Collectors.groupingBy(RatedTask::assigneeId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Per member: {@link #forRating} counted as the rating rules count. */
    public Map<Long, TaskStats> statsForRating(long meetingId) {
        Map<Long, TaskStats> stats = new HashMap<>();
        forRating(meetingId).forEach((member, tasks) -> stats.put(member, RatedTask.stats(tasks)));
        return stats;
    }

    /** The logged-in member's own tasks, filtered by open or done and by cadence; paged. */
    public Page<TaskView> mine(Boolean open, TaskCadence cadence, Pageable pageable) {
        long me = access.requireOwnMemberId();
        return tasks.ofMember(me, open, cadence,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(Task::view);
    }

    /**
     * The member's own report on one of their open tasks (in progress, or done, with a short note).
     * Another member's task is refused (403); a reviewed task is closed (409).
     */
    @Transactional
    public void reportProgress(long taskId, MemberProgress progress, String note) {
        long me = access.requireOwnMemberId();
        Task task = tasks.findById(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        if (task.view().assigneeId() != me) {
            throw new AccessDeniedException("task " + taskId + " is not the member's own");
        }
        if (task.getResult().isFinal()) {
            throw new TaskClosedException(taskId);
        }
        task.reportProgress(progress, note, clock.instant());
        audit.record(AuditSubject.of("task", taskId).organization(task.getBranchId()).member(me), "PROGRESS",
                 progress + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    }

    /** Records the results given at the meeting's review; a final result closes a task there. */
    @Transactional
    public void review(long branchId, long meetingId, Map<Long, TaskResult> results) {
        access.requireEditBranch(organizations.get(branchId).path());
        for (Map.Entry<Long, TaskResult> entry : results.entrySet()) {
            Task task = tasks.findById(entry.getKey()).orElseThrow(() -> new TaskNotFoundException(entry.getKey()));
            if (!task.getBranchId().equals(branchId)) {
                throw new TaskNotFoundException(entry.getKey());
            }
            boolean reviewedElsewhere = task.getReviewedMeetingId() != null
                    && task.getReviewedMeetingId() != meetingId;
            if (reviewedElsewhere) {
                continue;
            }
            TaskResult previous = task.review(entry.getValue(), meetingId);
            if (previous != entry.getValue()) {
                audit.record(AuditSubject.of("task", task.getId()).organization(branchId)
                        .member(task.view().assigneeId()).meeting(meetingId), "REVIEW", previous + " -> " + entry.getValue());
            }
        }
    }

    @Transactional
    public TaskView assign(long branchId, long meetingId, YearMonth period, NewTask task) {
        access.requireEditBranch(organizations.get(branchId).path());
        Task saved = tasks.save(new Task(task.assigneeId(), branchId, period, meetingId, task.cadence(), task.source(),
                task.kind(), task.title().strip(), task.description(), task.dueOn()));
        audit.record(AuditSubject.of("task", saved.getId()).organization(branchId).member(task.assigneeId())
                .meeting(meetingId), "ASSIGN", "member " + task.assigneeId() + ": " + task.title());
        return saved.view();
    }

    /** Takes back a task given at this meeting (a slip of the pen), while the meeting is open. */
    @Transactional
    public void withdraw(long branchId, long meetingId, long taskId) {
        access.requireEditBranch(organizations.get(branchId).path());
        Task task = tasks.findById(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        if (!task.getBranchId().equals(branchId) || task.getAssignedMeetingId() == null
                || task.getAssignedMeetingId() != meetingId) {
            throw new TaskNotFoundException(taskId);
        }
        tasks.delete(task);
        audit.record(AuditSubject.of("task", taskId).organization(branchId).member(task.view().assigneeId())
                .meeting(meetingId), "WITHDRAW", task.view().title());
    }
}
