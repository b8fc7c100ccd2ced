package vn.chibo.annual;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.rating.RatingLevel;

/** Proposes a member's year-end level from their finalized months (see {@link AnnualRulesProperties}). */
@Component
class AnnualRule {

    private final AnnualRulesProperties rules;

    AnnualRule(AnnualRulesProperties rules) {
        this.rules = rules;
    }

    /** Null when no month of the year was rated: there is nothing to propose from. */
    RatingLevel propose(Map<RatingLevel, Integer> months, boolean disciplined) {
        int excellent = months.getOrDefault(RatingLevel.EXCELLENT, 0);
        int good = months.getOrDefault(RatingLevel.GOOD, 0);
        int completed = months.getOrDefault(RatingLevel.COMPLETED, 0);
        int notCompleted = months.getOrDefault(RatingLevel.NOT_COMPLETED, 0);
        int rated = excellent + good + completed + notCompleted;
        if (disciplined || notCompleted >= rules.notCompletedMonths()) {
            return RatingLevel.NOT_COMPLETED;
        }
        if (rated == 0) {
            return null;
        }
        if (notCompleted == 0 && completed == 0 && excellent >= rules.excellentShare() * rated) {
            return RatingLevel.EXCELLENT;
        }
        if (notCompleted == 0 && excellent + good >= rules.goodShare() * rated) {
            return RatingLevel.GOOD;
        }
        return RatingLevel.COMPLETED;
    }

    /** Whether a grassroots organization's EXCELLENT count stays within the quota of its GOOD count. */
    boolean withinQuota(long excellent, long good) {
        return excellent <= rules.excellentQuota() * good;
    }

    int quotaPercent() {
        return (int) Math.round(rules.excellentQuota() * 100);
    }
}
