package vn.chibo.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.rating.RatingLevel;

class AnnualRuleTest {

    private final AnnualRule rule = new AnnualRule(new AnnualRulesProperties(3, 0.5, 0.5, 0.2));

    private static Map<RatingLevel, Integer> months(int excellent, int good, int completed, int notCompleted) {
        Map<RatingLevel, Integer> months = new EnumMap<>(RatingLevel.class);
        months.put(RatingLevel.EXCELLENT, excellent);
        months.put(RatingLevel.GOOD, good);
        months.put(RatingLevel.COMPLETED, completed);
        months.put(RatingLevel.NOT_COMPLETED, notCompleted);
        return months;
    }

    @Test
    void aDisciplineOrThreeFailedMonthsMakeTheYearNotCompleted() {
        assertThat(rule.propose(months(12, 0, 0, 0), true)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(rule.propose(months(3, 6, 0, 3), false)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(rule.propose(months(3, 7, 0, 2), false)).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void excellentNeedsHalfTheMonthsExcellentAndNoneBelowGood() {
        assertThat(rule.propose(months(6, 6, 0, 0), false)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(rule.propose(months(5, 7, 0, 0), false)).isEqualTo(RatingLevel.GOOD);
        assertThat(rule.propose(months(8, 3, 1, 0), false)).isEqualTo(RatingLevel.GOOD);
        assertThat(rule.propose(months(11, 0, 0, 1), false)).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void goodNeedsHalfTheMonthsGoodOrBetterAndNoFailedMonth() {
        assertThat(rule.propose(months(0, 6, 6, 0), false)).isEqualTo(RatingLevel.GOOD);
        assertThat(rule.propose(months(0, 5, 7, 0), false)).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void aYearWithoutRatedMonthsHasNoProposal() {
        assertThat(rule.propose(months(0, 0, 0, 0), false)).isNull();
    }

    @Test
    void theQuotaIsTwentyPercentOfGood() {
        assertThat(rule.withinQuota(1, 5)).isTrue();
        assertThat(rule.withinQuota(2, 5)).isFalse();
        assertThat(rule.withinQuota(0, 0)).isTrue();
        assertThat(rule.quotaPercent()).isEqualTo(20);
    }
}
