package vn.chibo.rating;

import vn.chibo.shared.ConflictException;

/** The month's ratings are final; only reopening the meeting unlocks them. */
public class RatingLockedException extends ConflictException {

    public RatingLockedException(long memberId, Object period) {
        super("rating of member " + memberId + " for " + period + " is final");
    }

    @Override
    public String messageKey() {
        return "rating.error.locked";
    }
}
