package vn.chibo.rating;

import java.time.Instant;
import java.time.YearMonth;

/** One month of a member's ratings. A month without a final level is pending, never a level. */
public record RatingHistoryRow(YearMonth period, RatingLevel selfLevel, RatingLevel finalLevel, String comment,
                               Instant decidedAt) {

    public boolean pending() {
        return finalLevel == null;
    }
}
