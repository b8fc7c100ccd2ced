package vn.chibo.rating;

import java.time.Instant;

/** A member's rating for one month as the secretary's page shows it. */
public record RatingRow(long memberId, RatingLevel selfLevel, String selfText, Instant selfSubmittedAt,
                        RatingLevel proposedLevel, RatingLevel finalLevel, String comment) {
}
