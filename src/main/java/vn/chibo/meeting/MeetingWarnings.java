package vn.chibo.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.fee.FeeRulesProperties;
import vn.chibo.meeting.MeetingPage.Warning;
import vn.chibo.meeting.MeetingReads.RollEntry;

/**
 * Where the guidelines ask for something the data contradicts: warnings, never blocks.
 * A short meeting, a quarter ended without a thematic meeting (in its last month, a reminder while
 * there is still time), too few full members, and members reaching the number of unexcused months,
 * or of months with their party fee unpaid, in the year that calls for a removal review.
 */
@Component
class MeetingWarnings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingRulesProperties rules;
    private final FeeRulesProperties feeRules;
    private final Clock clock;

    MeetingWarnings(MeetingRulesProperties rules, FeeRulesProperties feeRules, Clock clock) {
        this.rules = rules;
        this.feeRules = feeRules;
        this.clock = clock;
    }

    /** The first month of the quarter the month is in. */
    static YearMonth quarterStart(YearMonth period) {
        return YearMonth.of(period.getYear(), (period.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** Whether the month ends a quarter (March, June, September, December). */
    static boolean lastOfQuarter(YearMonth period) {
        return period.getMonthValue() % 3 == 0;
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
        if (meeting.isRegular() && lastOfQuarter(meeting.getPeriod())) {
            boolean thematic = quarter.stream().anyMatch(
                    other -> other.kind() == MeetingKind.THEMATIC || other.kind() == MeetingKind.COMBINED);
            if (!thematic) {
                warnings.add(YearMonth.now(clock).isAfter(meeting.getPeriod())
                        ? new Warning("meeting.warning.noThematic")
                        : Warning.reminder("meeting.reminder.noThematic",
                                DAY.format(meeting.getPeriod().atEndOfMonth())));
            }
        }
        long full = roll.stream().filter(entry -> entry.member().full()).count();
        if (full < rules.minFullMembers()) {
            warnings.add(new Warning("meeting.warning.tooFewFullMembers", full, rules.minFullMembers()));
        }
        for (RollEntry entry : roll) {
            if (entry.unexcusedMonths() >= rules.unexcusedMonthsFlag()) {
                warnings.add(new Warning("meeting.warning.unexcused", entry.member().fullName(),
                        entry.unexcusedMonths()));
            }
            if (feeRules.flags(entry.unpaidFeeMonths())) {
                warnings.add(new Warning("meeting.warning.unpaidFees", entry.member().fullName(),
                        entry.unpaidFeeMonths()));
            }
        }
        return warnings;
    }
}
