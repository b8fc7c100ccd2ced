package vn.chibo.annual;

import org.springframework.stereotype.Component;
import vn.chibo.rating.RatingLevel;

/** Proposes a branch's own year level from its months (see {@link BranchYearRulesProperties}). */
@Component
class BranchYearRule {

    private final BranchYearRulesProperties rules;

    BranchYearRule(BranchYearRulesProperties rules) {
        this.rules = rules;
    }

    /**
     * @param held                 months whose regular meeting was held
     * @param months               months of the year that count (the months gone by in the current year)
     * @param quality              the meetings' average quality score, null when none was scored
     * @param goodOrBetterPercent  members' monthly levels at GOOD or better, in percent
     */
    RatingLevel propose(int held, int months, Integer quality, int goodOrBetterPercent) {
        int missed = Math.max(0, months - held);
        int score = quality == null ? 0 : quality;
        if (missed <= rules.excellentMissedMonths() && score >= rules.excellentQuality()
                && goodOrBetterPercent >= rules.excellentGoodOrBetterPercent()) {
            return RatingLevel.EXCELLENT;
        }
        if (missed <= rules.goodMissedMonths() && score >= rules.goodQuality()) {
            return RatingLevel.GOOD;
        }
        return missed <= rules.completedMissedMonths() ? RatingLevel.COMPLETED : RatingLevel.NOT_COMPLETED;
    }
}
