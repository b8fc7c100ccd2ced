package vn.chibo.dashboard;

import java.time.LocalDate;

/** One branch in one month, as the branch table and its export show it. */
public record BranchRow(long id, String name, String parentName, boolean pilot, String meetingStatus, LocalDate heldOn,
                        boolean late, int rollTotal, int present, int expected, Integer qualityScore, int excellent,
                        int good, int completed, int notCompleted) {

    public int attendancePercent() {
        return MonthFigures.percent(present, expected);
    }

    /** missing, late, on-time or finalized, as in the compliance grid. */
    public String state() {
        if ("FINALIZED".equals(meetingStatus)) {
            return "finalized";
        }
        if ("HELD".equals(meetingStatus)) {
            return late ? "late" : "on-time";
        }
        return "missing";
    }
}
