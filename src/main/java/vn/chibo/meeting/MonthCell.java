package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.List;

/** One month of a branch: its regular meeting (if any) and the other meetings held. */
public record MonthCell(YearMonth period, MeetingOverview regular, List<MeetingOverview> others) {

    public boolean held() {
        return regular != null && regular.status() != MeetingStatus.PLANNED;
    }

    public boolean hasThematic() {
        return (regular != null && regular.kind() == MeetingKind.COMBINED)
                || others.stream().anyMatch(meeting -> meeting.kind() == MeetingKind.THEMATIC);
    }
}
