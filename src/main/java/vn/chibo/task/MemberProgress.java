package vn.chibo.task;

/** What the member reports on their own task; the secretary's result is what counts. */
public enum MemberProgress {
    IN_PROGRESS,
    DONE
}
