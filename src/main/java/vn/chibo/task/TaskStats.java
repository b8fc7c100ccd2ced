package vn.chibo.task;

/** One member's tasks reviewed at one meeting, as the rating rules count them. */
public record TaskStats(int total, int done, int onTime, int exceeded) {

    public static final TaskStats NONE = new TaskStats(0, 0, 0, 0);

    TaskStats plus(TaskResult result) {
        return new TaskStats(total + 1, done + (result.isDone() ? 1 : 0), onTime + (result.isOnTime() ? 1 : 0),
                exceeded + (result == TaskResult.EXCEEDED ? 1 : 0));
    }
}
