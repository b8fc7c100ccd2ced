package vn.chibo.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task the month's rating counts: reviewed at the meeting, or still open past its due date, which
 * counts as not done on time. A weekly task carries its weeks (null for the others).
 */
public record RatedTask(long id, long assigneeId, TaskKind kind, String title, LocalDate dueOn, TaskResult result,
                        boolean overdue, WeekProgress weeks) {

    /** The tasks as the rating rules count them. */
    public static TaskStats stats(List<RatedTask> tasks) {
        TaskStats stats = TaskStats.NONE;
        for (RatedTask task : tasks) {
            stats = task.overdue() ? stats.plusOverdue() : stats.plus(task.result());
        }
        return stats;
    }
}
