package vn.chibo.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.task.TaskResult;

/** The review of last month's tasks: a result for each, by task id. */
class TaskReviewForm extends VersionedForm {
    private Map<Long, TaskResult> results = new LinkedHashMap<>();

    public Map<Long, TaskResult> getResults() {
        return results;
    }

    public void setResults(Map<Long, TaskResult> results) {
        this.results = results;
    }
}
