package vn.chibo.dashboard;

/** One unit directly under a large node and what needs attention in it, counted from the roll-ups. */
public record UnitAttention(long id, String name, boolean branch, long notFinalized, long notCompleted, long flagged,
                            long overdue, long unpaidFees) {

    public long total() {
        return notFinalized + notCompleted + flagged + overdue + unpaidFees;
    }

    /** The same unit with its members flagged for unexcused absence and for unpaid fees. */
    UnitAttention withFlags(long absent, long unpaid) {
        return new UnitAttention(id, name, branch, notFinalized, notCompleted, absent, overdue, unpaid);
    }
}
