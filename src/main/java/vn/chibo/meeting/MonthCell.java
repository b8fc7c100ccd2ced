package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** One month of a branch: its regular meeting (if any) and the other meetings held. */
public record MonthCell(YearMonth period, MeetingOverview regular, List<MeetingOverview> others, boolean current) {

    public boolean held() {
        return regular != null && regular.status() != MeetingStatus.PLANNED;
    }

    /** CSS state of the cell: finalized, held, planned, missing, or upcoming (this month, not held yet). */
    public String state() {
        if (regular == null) {
            return current ? "upcoming" : "missing";
        }
        return regular.status().name().toLowerCase(Locale.ROOT);
    }

    public boolean hasThematic() {
        return (regular != null && regular.kind() == MeetingKind.COMBINED)
                || others.stream().anyMatch(meeting -> meeting.kind() == MeetingKind.THEMATIC);
    }
}
