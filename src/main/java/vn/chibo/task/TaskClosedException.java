package vn.chibo.task;

import vn.chibo.shared.ConflictException;

/** A task reviewed at a meeting is closed: its result is the secretary's, and final. */
public class TaskClosedException extends ConflictException {

    public TaskClosedException(long taskId) {
        super("task " + taskId + " has been reviewed");
    }

    @Override
    public String messageKey() {
        return "task.error.closed";
    }
}
