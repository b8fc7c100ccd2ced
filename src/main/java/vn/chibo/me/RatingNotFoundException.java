package vn.chibo.me;

import vn.chibo.shared.NotFoundException;

/** The member has no rating for that month. */
public class RatingNotFoundException extends NotFoundException {

    public RatingNotFoundException(Object period) {
        super("rating", period);
    }

    @Override
    public String messageKey() {
        return "error.notFound.rating";
    }
}
