package vn.chibo.task;

/**
 * One member's tasks that a month's rating counts, as the rating rules count them: those reviewed
 * at the meeting, and those still open past their due date ({@code overdue}, counted as not done).
 */
public record TaskStats(int total, int done, int onTime, int exceeded, int overdue) {

    public static final TaskStats NONE = new TaskStats(0, 0, 0, 0, 0);

    public TaskStats(int total, int done, int onTime, int exceeded) {
        this(total, done, onTime, exceeded, 0);
    }

    TaskStats plus(TaskResult result) {
        return new TaskStats(total + 1, done + (result.isDone() ? 1 : 0), onTime + (result.isOnTime() ? 1 : 0),
                exceeded + (result == TaskResult.EXCEEDED ? 1 : 0), overdue);
    }

    TaskStats plusOverdue() {
        return new TaskStats(total + 1, done, onTime, exceeded, overdue + 1);
    }
}
