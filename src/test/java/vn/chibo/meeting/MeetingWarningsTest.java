package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.MeetingPage.Warning;
import vn.chibo.meeting.MeetingReads.RollEntry;
import vn.chibo.fee.FeeRulesProperties;
import vn.chibo.member.BranchRole;
import vn.chibo.member.RollMember;

/**
 * The rules behind the meeting page's warnings, on a clock of the test's choosing: the thematic
 * meeting of the quarter (a reminder in its last month, a warning once that month has ended) and
 * the fewest full members, both as configured. The pages show them (MeetingRulesTest).
 */
class MeetingWarningsTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static MeetingRulesProperties rules(int minFullMembers) {
        return new MeetingRulesProperties(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, minFullMembers, 0);
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(Instant.from(day.atStartOfDay(ZoneOffset.UTC)), ZoneOffset.UTC);
    }

    private static List<RollEntry> fullMembers(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new RollEntry(new RollMember(i, "Đảng viên " + i, BranchRole.MEMBER, true, false)))
                .toList();
    }

    private static List<Warning> warnings(YearMonth month, LocalDate today, MeetingKind... earlierInQuarter) {
        Meeting meeting = new Meeting(1, month, MeetingKind.REGULAR);
        List<MeetingOverview> quarter = java.util.Arrays.stream(earlierInQuarter)
                .map(kind -> new MeetingOverview(2, MeetingWarnings.quarterStart(month), kind, MeetingStatus.HELD, null))
                .toList();
        return new MeetingWarnings(rules(3), new FeeRulesProperties(0), on(today)).of(meeting, fullMembers(3), quarter, 0);
    }

    @Test
    void theThematicMeetingIsAskedForOnlyInTheQuartersLastMonth() {
        assertThat(warnings(YearMonth.of(2026, 10), LocalDate.of(2027, 2, 1))).isEmpty();
        assertThat(warnings(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 20))).isEmpty();
    }

    @Test
    void inTheLastMonthItIsAReminderAndOnceTheMonthHasEndedAWarning() {
        assertThat(warnings(DECEMBER, LocalDate.of(2026, 12, 31)))
                .singleElement().satisfies(w -> {
                    assertThat(w.key()).isEqualTo("meeting.reminder.noThematic");
                    assertThat(w.reminder()).isTrue();
                    assertThat(w.arguments()).containsExactly("31/12/2026");
                });
        assertThat(warnings(DECEMBER, LocalDate.of(2027, 1, 1)))
                .singleElement().satisfies(w -> {
                    assertThat(w.key()).isEqualTo("meeting.warning.noThematic");
                    assertThat(w.reminder()).isFalse();
                });
    }

    @Test
    void aThematicOrCombinedMeetingInTheQuarterAnswersIt() {
        assertThat(warnings(DECEMBER, LocalDate.of(2027, 1, 5), MeetingKind.THEMATIC)).isEmpty();
        assertThat(warnings(DECEMBER, LocalDate.of(2027, 1, 5), MeetingKind.COMBINED)).isEmpty();
        assertThat(warnings(DECEMBER, LocalDate.of(2027, 1, 5), MeetingKind.EXTRAORDINARY)).hasSize(1);
    }

    @Test
    void theFewestFullMembersIsConfiguration() {
        Meeting meeting = new Meeting(1, YearMonth.of(2026, 11), MeetingKind.REGULAR);
        Clock today = on(LocalDate.of(2026, 11, 20));
        assertThat(new MeetingWarnings(rules(3), new FeeRulesProperties(0), today).of(meeting, fullMembers(3), List.of(), 0)).isEmpty();
        assertThat(new MeetingWarnings(rules(4), new FeeRulesProperties(0), today).of(meeting, fullMembers(3), List.of(), 0))
                .singleElement().satisfies(w -> {
                    assertThat(w.key()).isEqualTo("meeting.warning.tooFewFullMembers");
                    assertThat(w.arguments()).containsExactly(3L, 4);
                });
        assertThat(new MeetingWarnings(rules(3), new FeeRulesProperties(0), today).of(meeting, fullMembers(2), List.of(), 0))
                .extracting(Warning::key).containsExactly("meeting.warning.tooFewFullMembers");
    }
}
