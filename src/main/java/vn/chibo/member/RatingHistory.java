package vn.chibo.member;

import java.time.YearMonth;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A member's monthly ratings, newest first, as the member page shows them. The rating feature,
 * which depends on this one, provides it; the member page needs no more of ratings than this.
 */
public interface RatingHistory {

    Page<MonthRating> of(long memberId, Pageable pageable);

    /** One month: the levels by name ({@code GOOD}, ...). A month without a final level is pending. */
    record MonthRating(YearMonth period, String selfLevel, String finalLevel, String comment) {

        public boolean pending() {
            return finalLevel == null;
        }
    }
}
