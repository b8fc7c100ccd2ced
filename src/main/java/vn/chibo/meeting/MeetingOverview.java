package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.YearMonth;

/** A meeting as a month cell shows it. */
public record MeetingOverview(long id, YearMonth period, MeetingKind kind, MeetingStatus status, LocalDate heldOn) {

    /** The regular monthly meeting, or the combined regular-and-thematic one. */
    public boolean isRegular() {
        return kind == MeetingKind.REGULAR || kind == MeetingKind.COMBINED;
    }
}
