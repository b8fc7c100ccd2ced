package vn.chibo.rating;

import java.util.List;

/**
 * What the rules allow for one member this month: the best level allowed and why, as message
 * keys with arguments, so the page can explain the rule next to the row.
 */
public record RuleCheck(RatingLevel best, boolean forced, List<Reason> reasons) {

    public record Reason(String key, Object... arguments) {
    }

    /** Whether the rules allow proposing this level (a lower level than the best is always allowed). */
    public boolean allows(RatingLevel level) {
        return level.ordinal() >= best.ordinal();
    }
}
