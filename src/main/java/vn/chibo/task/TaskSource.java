package vn.chibo.task;

/** Where a task comes from: the branch's resolution, a higher committee, or ad hoc. */
public enum TaskSource {
    RESOLUTION,
    HIGHER_COMMITTEE,
    AD_HOC
}
