package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.member.RollMember;
import vn.chibo.member.RollRow;

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

    /** The month's roll, in its order, with each member's mark and unexcused months: one statement. */
    List<RollEntry> rollAt(long meetingId, long branchId, YearMonth period) {
        return jdbc.sql("select " + RollRow.COLUMNS + """
                        , a.status as mark_status, a.reason as mark_reason, coalesce(u.months, 0) as unexcused_months
                          from month_roll(:branch, :month) r
                          left join attendance a on a.meeting_id = :meeting and a.member_id = r.id
                          left join (select x.member_id, count(distinct m.period) as months
                                       from attendance x join meeting m on m.id = x.meeting_id
                                      where m.branch_id = :branch and m.period between :january and :month
                                        and x.status = 'UNEXCUSED'
                                      group by x.member_id) u on u.member_id = r.id
                        """ + " order by " + RollRow.ORDER)
                .param("branch", branchId)
                .param("month", period.atDay(1))
                .param("january", period.withMonth(1).atDay(1))
                .param("meeting", meetingId)
                .query((row, n) -> {
                    RollMember member = RollRow.read(row).onRoll(period);
                    int own = RollRow.COLUMN_COUNT;
                    String status = row.getString(own + 1);
                    AttendanceMark mark = status == null ? null : new AttendanceMark(member.id(),
                            AttendanceStatus.valueOf(status), row.getString(own + 2));
                    return new RollEntry(member, mark, row.getLong(own + 3));
                })
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
}
