package vn.chibo.me;

import java.time.YearMonth;
import vn.chibo.rating.RatingLevel;
import vn.chibo.rating.RatingRow;

/** One cell of the ratings strip: a month with its final level, pending, or not rated at all. */
public record MonthLevel(YearMonth period, RatingLevel level, boolean pending) {

    static MonthLevel of(YearMonth period, RatingRow row) {
        if (row == null) {
            return new MonthLevel(period, null, false);
        }
        return new MonthLevel(period, row.finalLevel(), row.finalLevel() == null);
    }

    public boolean rated() {
        return level != null;
    }

    /** CSS class of the cell. */
    public String css() {
        return level != null ? "level-" + level.name() : pending ? "level-pending" : "level-none";
    }
}
