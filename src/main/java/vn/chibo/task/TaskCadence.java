package vn.chibo.task;

/** Hàng tuần / hàng tháng / đột xuất. */
public enum TaskCadence {
    WEEKLY,
    MONTHLY,
    AD_HOC
}
