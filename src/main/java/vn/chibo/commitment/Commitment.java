package vn.chibo.commitment;

/** One commitment of a member's year; {@code kept} is null until the year-end review. */
public record Commitment(long id, long memberId, int year, CommitmentKind kind, String text, Boolean kept) {

    public boolean reviewed() {
        return kept != null;
    }
}
