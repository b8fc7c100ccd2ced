package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingPage.Warning;
import vn.chibo.meeting.MeetingReads.RollEntry;

/**
 * Where the guidelines ask for something the data contradicts: warnings, never blocks.
 * A short meeting, no thematic part in the quarter so far, too few full members, and members
 * reaching the number of unexcused months in the year that calls for a removal review.
 */
@Component
class MeetingWarnings {

    private final MeetingRulesProperties rules;

    MeetingWarnings(MeetingRulesProperties rules) {
        this.rules = rules;
    }

    /** The first month of the quarter the month is in. */
    static YearMonth quarterStart(YearMonth period) {
        return YearMonth.of(period.getYear(), (period.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /**
     * The meeting's warnings; {@code roll} is the month's roll read with the meeting, {@code quarter}
     * the branch's meetings from the quarter's first month to the meeting's month, {@code markedOffRoll}
     * the members marked at the meeting who are no longer on the month's roll.
     */
    List<Warning> of(Meeting meeting, List<RollEntry> roll, List<MeetingOverview> quarter, long markedOffRoll) {
        List<Warning> warnings = new ArrayList<>();
        // A finalized meeting keeps the roll it was held with; a history recorded since may say otherwise.
        long unmarked = roll.stream().filter(entry -> entry.mark() == null).count();
        if (meeting.isLocked() && (markedOffRoll > 0 || unmarked > 0)) {
            warnings.add(new Warning("meeting.warning.rollChanged", markedOffRoll, unmarked));
        }
        int minimum = meeting.getKind() == MeetingKind.COMBINED ? rules.combinedMinMinutes() : rules.regularMinMinutes();
        meeting.durationMinutes().filter(minutes -> meeting.isRegular() && minutes < minimum)
                .ifPresent(minutes -> warnings.add(new Warning("meeting.warning.short", minutes, minimum)));
        if (meeting.isRegular()) {
            boolean thematic = quarter.stream().anyMatch(
                    other -> other.kind() == MeetingKind.THEMATIC || other.kind() == MeetingKind.COMBINED);
            if (!thematic) {
                warnings.add(new Warning("meeting.warning.noThematic"));
            }
        }
        long full = roll.stream().filter(entry -> entry.member().full()).count();
        if (full < rules.minFullMembers()) {
            warnings.add(new Warning("meeting.warning.tooFewFullMembers", full));
        }
        for (RollEntry entry : roll) {
            if (entry.unexcusedMonths() >= rules.unexcusedMonthsFlag()) {
                warnings.add(new Warning("meeting.warning.unexcused", entry.member().fullName(),
                        entry.unexcusedMonths()));
            }
        }
        return warnings;
    }
}
