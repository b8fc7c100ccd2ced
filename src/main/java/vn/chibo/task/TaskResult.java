package vn.chibo.task;

/** Chưa thực hiện / đang thực hiện / hoàn thành đúng hạn / vượt mức / chậm / không hoàn thành. */
public enum TaskResult {
    NOT_STARTED,
    IN_PROGRESS,
    DONE_ON_TIME,
    EXCEEDED,
    DONE_LATE,
    NOT_DONE
}
