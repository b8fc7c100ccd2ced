package vn.chibo.pilot;

/** How a registered solution stood at the year's end, as the committee reviewed it. */
public enum SolutionStatus {
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED
}
