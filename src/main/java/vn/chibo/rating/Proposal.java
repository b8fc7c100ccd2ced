package vn.chibo.rating;

/** The secretary's proposed level and comment for one member. */
public record Proposal(long memberId, RatingLevel level, String comment) {
}
