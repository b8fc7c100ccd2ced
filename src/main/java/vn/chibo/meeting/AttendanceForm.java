package vn.chibo.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The attendance step: a mark for each member on the roll, by member id. */
class AttendanceForm extends VersionedForm {
    @Valid
    private Map<Long, MarkRow> marks = new LinkedHashMap<>();

    public Map<Long, MarkRow> getMarks() {
        return marks;
    }

    public void setMarks(Map<Long, MarkRow> marks) {
        this.marks = marks;
    }

    static class MarkRow {
        private AttendanceStatus status;
        @Size(max = 500)
        private String reason;

        MarkRow() {
        }

        MarkRow(AttendanceStatus status, String reason) {
            this.status = status;
            this.reason = reason;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
