package vn.chibo.task;

/** Hằng tuần / hằng tháng / đột xuất. */
public enum TaskCadence {
    WEEKLY,
    MONTHLY,
    AD_HOC
}
