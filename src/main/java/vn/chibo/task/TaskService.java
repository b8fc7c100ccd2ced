package vn.chibo.task;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.chibo.shared.InvalidInputException;

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
        record Row(long id, long assigneeId, TaskKind kind, String title, LocalDate dueOn, TaskResult result,
                   boolean overdue, boolean weekly, LocalDate asOf) {
        }
        List<Row> rows = jdbc.sql("""
                        select t.id, t.assignee_id, t.kind, t.title, t.due_on, t.result,
                               t.reviewed_meeting_id is distinct from mt.id as overdue, t.cadence = 'WEEKLY',
                               coalesce(mt.held_on, ?)
                          from meeting mt
                          join task t on t.reviewed_meeting_id = mt.id
                                      or (t.branch_id = mt.branch_id and t.reviewed_meeting_id is null
                                          and t.result in ('NOT_STARTED', 'IN_PROGRESS')
                                          and t.due_on < coalesce(mt.held_on, ?))
                         where mt.id = ?
                         order by t.kind, t.id""")
                .params(LocalDate.now(clock), LocalDate.now(clock), meetingId)
                .query((row, n) -> new Row(row.getLong(1), row.getLong(2), TaskKind.valueOf(row.getString(3)),
                        row.getString(4), row.getObject(5, LocalDate.class), TaskResult.valueOf(row.getString(6)),
                        row.getBoolean(7), row.getBoolean(8), row.getObject(9, LocalDate.class)))
                .list();
        Map<Long, WeekProgress> weeks = rows.isEmpty() ? Map.of()
                : weeks(rows.stream().filter(Row::weekly).map(Row::id).toList(), rows.get(0).asOf());
        return rows.stream()
                .map(r -> new RatedTask(r.id(), r.assigneeId(), r.kind(), r.title(), r.dueOn(), r.result(), r.overdue(),
                        weeks.get(r.id())))
                .collect(Collectors.groupingBy(RatedTask::assigneeId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The weeks of weekly tasks as of a day: each repeats from the week it was given (its meeting's
     * day, else the first of its month) to the week of its due date. Two reads, whatever the number.
     */
    public Map<Long, WeekProgress> weeks(Collection<Long> weeklyTaskIds, LocalDate asOf) {
        Map<Long, WeekProgress> weeks = new HashMap<>();
        if (weeklyTaskIds.isEmpty()) {
            return weeks;
        }
        Long[] ids = weeklyTaskIds.toArray(Long[]::new);
        Map<Long, Set<LocalDate>> done = new HashMap<>();
        jdbc.sql("select task_id, week_start from task_week where task_id = any(?)").param(ids)
                .query((row, n) -> done.computeIfAbsent(row.getLong(1), id -> new HashSet<>())
                        .add(row.getObject(2, LocalDate.class)))
                .list();
        jdbc.sql("""
                        select t.id, coalesce(m.held_on, t.period), t.due_on from task t
                          left join meeting m on m.id = t.assigned_meeting_id
                         where t.id = any(?) and t.cadence = 'WEEKLY'""")
                .param(ids)
                .query((row, n) -> weeks.put(row.getLong(1), WeekProgress.of(row.getObject(2, LocalDate.class),
                        row.getObject(3, LocalDate.class), asOf, done.getOrDefault(row.getLong(1), Set.of()))))
                .list();
        return weeks;
    }

    /** The weeks of the weekly ones among the given tasks, as of today. */
    public Map<Long, WeekProgress> weeksOf(Collection<TaskView> tasks) {
        return weeks(tasks.stream().filter(task -> task.cadence() == TaskCadence.WEEKLY).map(TaskView::id).toList(),
                LocalDate.now(clock));
    }

    /**
     * The member says that this week of one of their open weekly tasks was done (or, with
     * {@code done} false, takes it back). Another member's task is refused (403), a reviewed one is
     * closed (409), a week outside the task's weeks is refused (problem on {@code week}).
     */
    @Transactional
    public void reportWeek(long taskId, boolean done) {
        long me = access.requireOwnMemberId();
        Task task = tasks.findById(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        TaskView view = task.view();
        if (view.assigneeId() != me) {
            throw new AccessDeniedException("task " + taskId + " is not the member's own");
        }
        if (task.getResult().isFinal()) {
            throw new TaskClosedException(taskId);
        }
        WeekProgress weeks = weeks(List.of(taskId), LocalDate.now(clock)).get(taskId);
        if (weeks == null || !weeks.running()) {
            throw new InvalidInputException("week", "me.tasks.error.week");
        }
        if (done) {
            jdbc.sql("insert into task_week (task_id, week_start) values (?, ?) on conflict do nothing")
                    .params(taskId, weeks.thisWeek()).update();
        } else {
            jdbc.sql("delete from task_week where task_id = ? and week_start = ?").params(taskId, weeks.thisWeek()).update();
        }
        audit.record(AuditSubject.of("task", taskId).organization(task.getBranchId()).member(me), "WEEK",
                weeks.thisWeek() + (done ? " done" : " not done"));
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
