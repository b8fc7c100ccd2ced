package vn.chibo.meeting;

import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;

/** The minutes step: the text of each agenda item, by item id. */
class MinutesForm extends VersionedForm {
    private Map<Long, String> minutes = new LinkedHashMap<>();

    public Map<Long, String> getMinutes() {
        return minutes;
    }

    public void setMinutes(Map<Long, String> minutes) {
        this.minutes = minutes;
    }
}
