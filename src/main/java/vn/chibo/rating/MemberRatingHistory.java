package vn.chibo.rating;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.RatingHistory;

/** The member page's ratings, from the same query as the member's own history on {@code /me/ratings}. */
@Component
@Transactional(readOnly = true)
class MemberRatingHistory implements RatingHistory {

    private final RatingRepository ratings;

    MemberRatingHistory(RatingRepository ratings) {
        this.ratings = ratings;
    }

    @Override
    public Page<MonthRating> of(long memberId, Pageable pageable) {
        return ratings.history(memberId, pageable).map(row -> new MonthRating(row.period(), name(row.selfLevel()),
                name(row.finalLevel()), row.comment()));
    }

    private static String name(RatingLevel level) {
        return level == null ? null : level.name();
    }
}
