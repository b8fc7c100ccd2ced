package vn.chibo.dashboard;

/** One unit directly under a large node and what needs attention in it, counted from the roll-ups. */
public record UnitAttention(long id, String name, boolean branch, long notFinalized, long notCompleted, long flagged,
                            long overdue, long unpaidFees) {

    public long total() {
        return notFinalized + notCompleted + flagged + overdue + unpaidFees;
    }
}
