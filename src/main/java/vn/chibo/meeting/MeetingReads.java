package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    /** Per member of the branch: in how many months of the span they were absent without a reason. */
    record UnexcusedMonths(long memberId, long months) {
    }

    /** The marks taken at a meeting. */
    List<AttendanceMark> marks(long meetingId) {
        return jdbc.sql("select member_id, status, reason from attendance where meeting_id = ?")
                .param(meetingId)
                .query((row, n) -> new AttendanceMark(row.getLong(1), AttendanceStatus.valueOf(row.getString(2)),
                        row.getString(3)))
                .list();
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

    List<UnexcusedMonths> unexcusedMonths(long branchId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select a.member_id, count(distinct m.period) from attendance a
                          join meeting m on m.id = a.meeting_id
                         where m.branch_id = ? and m.period between ? and ? and a.status = 'UNEXCUSED'
                         group by a.member_id""")
                .params(branchId, from.atDay(1), to.atDay(1))
                .query((row, n) -> new UnexcusedMonths(row.getLong(1), row.getLong(2)))
                .list();
    }
}
