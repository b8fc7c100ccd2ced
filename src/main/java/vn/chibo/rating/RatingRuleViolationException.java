package vn.chibo.rating;

import java.util.Map;

/** Some proposed levels are higher than the rules allow; by member, the rule that blocks. */
public class RatingRuleViolationException extends RuntimeException {

    private final Map<Long, RuleCheck> violations;

    public RatingRuleViolationException(Map<Long, RuleCheck> violations) {
        super("proposals break the rules for members " + violations.keySet());
        this.violations = Map.copyOf(violations);
    }

    public Map<Long, RuleCheck> violations() {
        return violations;
    }
}
