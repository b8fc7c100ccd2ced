package vn.chibo.meeting;

/** Tốt / khá / trung bình / kém. */
public enum QualityLevel {
    GOOD,
    FAIR,
    AVERAGE,
    POOR
}
