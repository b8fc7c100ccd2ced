package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.member.RollMember;

/**
 * The small reads every meeting page makes, straight from SQL into the records the pages use: a
 * third of the work of a repository query, and nothing here is ever changed through them.
 */
@Component
class MeetingReads {

    private final JdbcClient jdbc;

    MeetingReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A member on the roll of the meeting's month, with their mark at the meeting (null until it is
     * taken) and the months of the year up to the meeting's in which they were absent without a reason.
     */
    record RollEntry(RollMember member, AttendanceMark mark, long unexcusedMonths) {
    }

    /**
     * The members of {@code roll} (the month's roll, in its order, as {@code MemberService.roll} reads
     * it from its index), each with their mark at the meeting and unexcused months, read by member in
     * one statement. Joined to the roll in SQL, PostgreSQL sorted the rows again on the long collation
     * keys (the large branch's meeting, pgbench: 0.18 + 0.28 ms against 0.67 ms in one statement).
     */
    RollAt rollAt(long meetingId, List<RollMember> roll, long branchId, YearMonth period) {
        record Marks(AttendanceMark mark, long unexcusedMonths) {
        }
        Map<Long, Marks> byMember = new HashMap<>();
        jdbc.sql("""
                        select member_id, a.status, a.reason, coalesce(u.months, 0)
                          from (select member_id, status, reason from attendance where meeting_id = :meeting) a
                          full join (select x.member_id, count(distinct m.period) as months
                                       from attendance x join meeting m on m.id = x.meeting_id
                                      where m.branch_id = :branch and m.period between :january and :month
                                        and x.status = 'UNEXCUSED'
                                      group by x.member_id) u using (member_id)""")
                .param("branch", branchId)
                .param("month", period.atDay(1))
                .param("january", period.withMonth(1).atDay(1))
                .param("meeting", meetingId)
                .query(row -> {
                    long memberId = row.getLong(1);
                    String status = row.getString(2);
                    AttendanceMark mark = status == null ? null
                            : new AttendanceMark(memberId, AttendanceStatus.valueOf(status), row.getString(3));
                    byMember.put(memberId, new Marks(mark, row.getLong(4)));
                });
        List<RollEntry> entries = new ArrayList<>(roll.size());
        for (RollMember member : roll) {
            Marks marks = byMember.remove(member.id());
            entries.add(marks == null ? new RollEntry(member, null, 0)
                    : new RollEntry(member, marks.mark(), marks.unexcusedMonths()));
        }
        long markedOffRoll = byMember.values().stream().filter(marks -> marks.mark() != null).count();
        return new RollAt(entries, markedOffRoll);
    }

    /**
     * The month's roll with each member's mark at the meeting, and how many were marked there who are
     * not on the roll any more (their history changed after the meeting).
     */
    record RollAt(List<RollEntry> entries, long markedOffRoll) {
    }

    /** The branch's meetings in a span of months, for month-by-month overviews. */
    List<MeetingOverview> overview(long branchId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select id, period, kind, status, held_on from meeting
                         where branch_id = ? and period between ? and ?
                         order by period, held_on""")
                .params(branchId, from.atDay(1), to.atDay(1))
                .query((row, n) -> new MeetingOverview(row.getLong(1),
                        YearMonth.from(row.getObject(2, LocalDate.class)), MeetingKind.valueOf(row.getString(3)),
                        MeetingStatus.valueOf(row.getString(4)), row.getObject(5, LocalDate.class)))
                .list();
    }
}
