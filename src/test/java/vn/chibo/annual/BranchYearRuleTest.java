package vn.chibo.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.rating.RatingLevel;

/** A branch's own year level: the guideline's defaults, and the same months under other criteria. */
class BranchYearRuleTest {

    private static final BranchYearRule DEFAULTS =
            new BranchYearRule(new BranchYearRulesProperties(null, null, null, null, null, null));

    @Test
    void byDefaultExcellentNeedsEveryMonthAScoreOf90And80PercentGoodOrBetter() {
        assertThat(DEFAULTS.propose(12, 12, 90, 80)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(DEFAULTS.propose(12, 12, 89, 100)).isEqualTo(RatingLevel.GOOD);
        assertThat(DEFAULTS.propose(12, 12, 95, 79)).isEqualTo(RatingLevel.GOOD);
        assertThat(DEFAULTS.propose(11, 12, 95, 100)).isEqualTo(RatingLevel.GOOD);
        assertThat(DEFAULTS.propose(10, 12, 95, 100)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(DEFAULTS.propose(12, 12, 69, 100)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(DEFAULTS.propose(9, 12, 95, 100)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(DEFAULTS.propose(8, 12, 95, 100)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(DEFAULTS.propose(0, 12, null, 0)).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void theCriteriaAreConfiguration() {
        // A committee that allows one missed month for EXCELLENT, asks 95 and 90 %, and none missed for GOOD.
        BranchYearRule strict = new BranchYearRule(new BranchYearRulesProperties(1, 95, 90, 0, 80, 1));
        assertThat(strict.propose(11, 12, 95, 90)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(DEFAULTS.propose(11, 12, 95, 90)).isEqualTo(RatingLevel.GOOD);
        assertThat(strict.propose(12, 12, 90, 100)).isEqualTo(RatingLevel.GOOD);
        assertThat(DEFAULTS.propose(12, 12, 90, 100)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(strict.propose(12, 12, 75, 100)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(strict.propose(10, 12, 95, 100)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(DEFAULTS.propose(10, 12, 95, 100)).isEqualTo(RatingLevel.COMPLETED);
    }
}
