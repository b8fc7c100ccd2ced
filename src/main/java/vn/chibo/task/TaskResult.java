package vn.chibo.task;

/** Chưa thực hiện / đang thực hiện / hoàn thành đúng hạn / vượt mức / chậm / không hoàn thành. */
public enum TaskResult {
    NOT_STARTED,
    IN_PROGRESS,
    DONE_ON_TIME,
    EXCEEDED,
    DONE_LATE,
    NOT_DONE;

    /** A reviewed task has one of the four final results; the others are still open. */
    public boolean isFinal() {
        return this != NOT_STARTED && this != IN_PROGRESS;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == EXCEEDED || this == DONE_LATE;
    }

    public boolean isOnTime() {
        return this == DONE_ON_TIME || this == EXCEEDED;
    }
}
