package vn.chibo.annual;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The criteria of a branch's own year level (chibo.annual.branch.*), read from its months: how many
 * months it may miss its regular meeting, the average quality score of its meetings, and the share
 * of its members' monthly levels at GOOD or better. Defaults: EXCELLENT with every month met, an
 * average score of 90 and 80 % GOOD or better; GOOD missing at most one month with an average of
 * 70; COMPLETED missing at most three; else NOT_COMPLETED.
 *
 * @param excellentMissedMonths        months without a meeting allowed for EXCELLENT
 * @param excellentQuality             average quality score needed for EXCELLENT
 * @param excellentGoodOrBetterPercent members' months at GOOD or better needed for EXCELLENT, in percent
 * @param goodMissedMonths             months without a meeting allowed for GOOD
 * @param goodQuality                  average quality score needed for GOOD
 * @param completedMissedMonths        months without a meeting allowed for COMPLETED
 */
@ConfigurationProperties("chibo.annual.branch")
public record BranchYearRulesProperties(Integer excellentMissedMonths, Integer excellentQuality,
                                        Integer excellentGoodOrBetterPercent, Integer goodMissedMonths,
                                        Integer goodQuality, Integer completedMissedMonths) {

    public BranchYearRulesProperties {
        excellentMissedMonths = excellentMissedMonths == null ? 0 : excellentMissedMonths;
        excellentQuality = excellentQuality == null ? 90 : excellentQuality;
        excellentGoodOrBetterPercent = excellentGoodOrBetterPercent == null ? 80 : excellentGoodOrBetterPercent;
        goodMissedMonths = goodMissedMonths == null ? 1 : goodMissedMonths;
        goodQuality = goodQuality == null ? 70 : goodQuality;
        completedMissedMonths = completedMissedMonths == null ? 3 : completedMissedMonths;
    }
}
