package vn.chibo.dashboard;

/**
 * One month's figures over a set of branches, read from the per-branch summary: the levels given to
 * everyone and to the members holding a leadership post ({@code leaders}). Shares are computed here so
 * that every page and export says the same thing.
 */
public record MonthFigures(long branches, long held, long finalized, long late, long present, long expected,
                           long qualityGood, long qualityFair, long qualityAverage, long qualityPoor,
                           long excellent, long good, long completed, long notCompleted, long feesPaid,
                           Levels leaders) {

    public static final MonthFigures NONE = new MonthFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            Levels.NONE);

    /** Members at each level. */
    public record Levels(long excellent, long good, long completed, long notCompleted) {

        static final Levels NONE = new Levels(0, 0, 0, 0);

        Levels plus(Levels o) {
            return new Levels(excellent + o.excellent, good + o.good, completed + o.completed,
                    notCompleted + o.notCompleted);
        }

        public long rated() {
            return excellent + good + completed + notCompleted;
        }

        public int goodOrBetterPercent() {
            return percent(excellent + good, rated());
        }
    }

    /** The figures of two sets of branches together (pilot and other make the whole). */
    public MonthFigures plus(MonthFigures o) {
        return new MonthFigures(branches + o.branches, held + o.held, finalized + o.finalized, late + o.late,
                present + o.present, expected + o.expected, qualityGood + o.qualityGood, qualityFair + o.qualityFair,
                qualityAverage + o.qualityAverage, qualityPoor + o.qualityPoor, excellent + o.excellent,
                good + o.good, completed + o.completed, notCompleted + o.notCompleted, feesPaid + o.feesPaid,
                leaders.plus(o.leaders));
    }

    public long missing() {
        return branches - held;
    }

    /** Share of branches that held their regular meeting, in percent (0 when there are no branches). */
    public int heldPercent() {
        return percent(held, branches);
    }

    /** Members present among those expected (on the roll, not exempt) at the meetings held. */
    public int attendancePercent() {
        return percent(present, expected);
    }

    /** Members who paid the month's party fee among those expected (on the roll, not exempt) where a meeting was held. */
    public int feesPaidPercent() {
        return percent(feesPaid, expected);
    }

    public long rated() {
        return excellent + good + completed + notCompleted;
    }

    /** Share of rated members rated EXCELLENT or GOOD. */
    public int goodOrBetterPercent() {
        return percent(excellent + good, rated());
    }

    public long scored() {
        return qualityGood + qualityFair + qualityAverage + qualityPoor;
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
