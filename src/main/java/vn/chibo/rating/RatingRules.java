package vn.chibo.rating;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.rating.RuleCheck.Reason;
import vn.chibo.task.TaskStats;

/**
 * The monthly classification rules the software checks (Quy định 366-QĐ/TW as applied in
 * DOMAIN.md): a discipline in the month or under half of the tasks done force NOT_COMPLETED;
 * EXCELLENT needs every task done on time and at least 30% exceeding; GOOD needs every task on
 * time. The rules say how high a member may be rated; people decide the level within that.
 */
@Component
public class RatingRules {

    private final RatingRulesProperties properties;

    RatingRules(RatingRulesProperties properties) {
        this.properties = properties;
    }

    public RuleCheck check(TaskStats tasks, boolean disciplined) {
        List<Reason> reasons = new ArrayList<>();
        int minDonePercent = (int) Math.round(properties.minDoneShare() * 100);
        int exceededPercent = (int) Math.round(properties.excellentExceededShare() * 100);
        if (disciplined) {
            reasons.add(new Reason("rating.rule.disciplined"));
        }
        if (tasks.total() > 0 && tasks.done() < properties.minDoneShare() * tasks.total()) {
            reasons.add(new Reason("rating.rule.tooFewDone", tasks.done(), tasks.total(), minDonePercent));
        }
        if (!reasons.isEmpty()) {
            return new RuleCheck(RatingLevel.NOT_COMPLETED, true, reasons);
        }
        boolean allOnTime = tasks.onTime() == tasks.total();
        if (!allOnTime) {
            reasons.add(new Reason("rating.rule.notAllOnTime", tasks.total() - tasks.onTime(), tasks.total()));
            return new RuleCheck(RatingLevel.COMPLETED, false, reasons);
        }
        if (tasks.total() > 0 && tasks.exceeded() >= properties.excellentExceededShare() * tasks.total()) {
            reasons.add(new Reason("rating.rule.excellentAllowed", tasks.exceeded(), tasks.total(), exceededPercent));
            return new RuleCheck(RatingLevel.EXCELLENT, false, reasons);
        }
        reasons.add(tasks.total() == 0 ? new Reason("rating.rule.noTasks")
                : new Reason("rating.rule.excellentNeedsExceeded", tasks.exceeded(), tasks.total(), exceededPercent));
        return new RuleCheck(RatingLevel.GOOD, false, reasons);
    }
}
