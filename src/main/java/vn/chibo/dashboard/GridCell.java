package vn.chibo.dashboard;

import java.time.YearMonth;

/** One cell of the compliance grid: a row (a branch or a committee's branches) in one month. */
public record GridCell(long rowId, String rowName, boolean branch, YearMonth period, int branches, int finalized,
                       int onTime, int late) {

    public int held() {
        return finalized + onTime + late;
    }

    /** finalized, on-time, late, missing for a branch; good, fair, poor by share held for a committee. */
    public String state() {
        if (branch) {
            return finalized > 0 ? "finalized" : onTime > 0 ? "on-time" : late > 0 ? "late" : "missing";
        }
        int percent = MonthFigures.percent(held(), branches);
        return percent >= 90 ? "finalized" : percent >= 60 ? "late" : "missing";
    }
}
