package vn.chibo.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.task.TaskStats;

/** The monthly classification rules of DOMAIN.md, with their default thresholds and with others. */
class RatingRulesTest {

    private final RatingRules rules = new RatingRules(new RatingRulesProperties(0.5, 0.3));

    @Test
    void aDisciplineForcesNotCompletedWhateverTheTasks() {
        RuleCheck check = rules.check(new TaskStats(3, 3, 3, 3), true);
        assertThat(check.best()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(check.forced()).isTrue();
        assertThat(check.allows(RatingLevel.COMPLETED)).isFalse();
        assertThat(check.reasons()).extracting(RuleCheck.Reason::key).contains("rating.rule.disciplined");
    }

    @Test
    void underHalfOfTheTasksDoneForcesNotCompleted() {
        RuleCheck check = rules.check(new TaskStats(3, 1, 1, 0), false);
        assertThat(check.best()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(check.reasons().get(0).arguments()).containsExactly(1, 3, 50);
        // Exactly half done is not under half.
        assertThat(rules.check(new TaskStats(2, 1, 1, 0), false).best()).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void goodNeedsEveryTaskOnTime() {
        assertThat(rules.check(new TaskStats(4, 4, 3, 0), false).best()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(rules.check(new TaskStats(4, 4, 4, 0), false).best()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void excellentNeedsEveryTaskOnTimeAndThirtyPercentExceeding() {
        assertThat(rules.check(new TaskStats(10, 10, 10, 2), false).best()).isEqualTo(RatingLevel.GOOD);
        assertThat(rules.check(new TaskStats(10, 10, 10, 3), false).best()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(rules.check(new TaskStats(10, 10, 9, 5), false).best()).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void withoutTasksGoodIsTheBestLevel() {
        RuleCheck check = rules.check(TaskStats.NONE, false);
        assertThat(check.best()).isEqualTo(RatingLevel.GOOD);
        assertThat(check.allows(RatingLevel.GOOD)).isTrue();
        assertThat(check.allows(RatingLevel.EXCELLENT)).isFalse();
    }

    @Test
    void theThresholdsAreConfiguration() {
        RatingRules strict = new RatingRules(new RatingRulesProperties(0.8, 0.5));
        assertThat(strict.check(new TaskStats(10, 7, 7, 0), false).best()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(strict.check(new TaskStats(10, 10, 10, 4), false).best()).isEqualTo(RatingLevel.GOOD);
        assertThat(strict.check(new TaskStats(10, 10, 10, 5), false).best()).isEqualTo(RatingLevel.EXCELLENT);
    }
}
