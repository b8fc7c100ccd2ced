package vn.chibo.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.fee.FeeService;

/** The fee step: for each member on the roll, the months paid now and their total, a reason, or undo. */
class FeeStepForm extends VersionedForm {

    private Map<Long, Row> entries = new LinkedHashMap<>();

    public Map<Long, Row> getEntries() {
        return entries;
    }

    public void setEntries(Map<Long, Row> entries) {
        this.entries = entries;
    }

    Map<Long, FeeService.Entry> toEntries() {
        Map<Long, FeeService.Entry> result = new LinkedHashMap<>();
        entries.forEach((memberId, row) -> result.put(memberId, row == null ? null
                : new FeeService.Entry(row.getMonths(), row.getAmount(), row.getReason(), row.isUndo())));
        return result;
    }

    static class Row {

        private Integer months;
        private Long amount;
        private String reason;
        private boolean undo;

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isUndo() {
            return undo;
        }

        public void setUndo(boolean undo) {
            this.undo = undo;
        }
    }
}
