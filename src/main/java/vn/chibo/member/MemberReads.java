package vn.chibo.member;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads straight from SQL for the pages every member and meeting opens: a member's profile, a month's roll. */
@Component
class MemberReads {

    private final JdbcClient jdbc;

    MemberReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member as their pages show them, with their branch's name and path: one statement. */
    Optional<MemberProfile> profile(long id) {
        return jdbc.sql("""
                        select m.id, m.full_name, m.gender, m.birth_date, m.party_card_number, m.admitted_on,
                               m.full_membership_on, m.status, m.branch_role, m.job_title, m.leadership_post,
                               m.exempt, m.exempt_from, m.exempt_until, m.left_on, m.branch_id, b.name, b.path,
                               m.phone, m.email,
                               case when m.left_on is not null then
                                   (select e.kind from member_event e
                                     where e.member_id = m.id and e.kind in ('TRANSFERRED_OUT', 'DIED', 'REMOVED', 'EXPELLED')
                                     order by e.occurred_on desc, e.id desc limit 1) end
                          from member m join organization b on b.id = m.branch_id
                         where m.id = ?""")
                .param(id)
                .query((row, n) -> new MemberProfile(row.getLong(1), row.getString(2),
                        Gender.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), row.getString(5),
                        row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
                        MembershipStatus.valueOf(row.getString(8)), BranchRole.valueOf(row.getString(9)),
                        row.getString(10), row.getBoolean(11), row.getBoolean(12), row.getObject(13, LocalDate.class),
                        row.getObject(14, LocalDate.class), row.getObject(15, LocalDate.class),
                        row.getString(21) == null ? null : MemberEventKind.valueOf(row.getString(21)), row.getLong(16),
                        row.getString(17), row.getString(18), row.getString(19), row.getString(20)))
                .optional();
    }

    /** The day of the member's last arrival, transfer or leaving: later moves cannot be dated before it. */
    LocalDate lastPlacement(long memberId) {
        return jdbc.sql("""
                        select max(occurred_on) from member_event
                         where member_id = ? and kind in ('ADMITTED', 'TRANSFERRED_IN', 'TRANSFERRED', 'TRANSFERRED_OUT',
                                                          'DIED', 'REMOVED', 'EXPELLED')""")
                .param(memberId).query(LocalDate.class).single();
    }

    /** The branch's secretaries today other than the given member (one at a time; more only by old data). */
    List<Long> secretariesOf(long branchId, long exceptMemberId) {
        return jdbc.sql("""
                        select id from member
                         where branch_id = ? and branch_role = 'SECRETARY' and left_on is null and id <> ?""")
                .params(branchId, exceptMemberId).query(Long.class).list();
    }

    /** Who holds a party card number, if anyone. */
    Long cardHolder(String number) {
        return jdbc.sql("select id from member where party_card_number = ?").param(number)
                .query(Long.class).optional().orElse(null);
    }

    /** The member's history, newest first: the events of their party life and their disciplines. */
    List<HistoryEntry> history(long memberId) {
        return jdbc.sql("""
                        select e.kind, e.occurred_on, e.decision_number, e.note, b.name, f.name, e.role, e.ends_on,
                               e.place, null as form, null as body, e.recorded_by, e.id
                          from member_event e
                          left join organization b on b.id = e.branch_id
                          left join organization f on f.id = e.from_branch_id
                         where e.member_id = :member
                        union all
                        select 'DISCIPLINE', d.decided_on, d.decision_number, d.reason, null, null, null, null, null,
                               d.form, d.deciding_body, null, d.id
                          from discipline d where d.member_id = :member
                         order by 2 desc, 13 desc""")
                .param("member", memberId)
                .query((row, n) -> new HistoryEntry(row.getString(1), row.getObject(2, LocalDate.class),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                        row.getObject(8, LocalDate.class), row.getString(9), row.getString(10), row.getString(11),
                        row.getString(12)))
                .list();
    }

    /**
     * The branches the member has been in, and when: first and last month on each roll (the spans
     * of one stay in a branch, split where a role or an exemption changed, are joined again).
     */
    List<Stint> stints(long memberId) {
        return jdbc.sql("""
                        select branch_id, b.name, min(from_period), max(until_period), bool_or(until_period is null)
                          from (select s.*, sum(new_stay) over (order by from_period) as stay
                                  from (select s.*, case when lag(branch_id) over w = branch_id
                                                          and lag(until_period) over w = from_period then 0 else 1 end
                                                         as new_stay
                                          from member_stint s where s.member_id = ?
                                        window w as (order by from_period)) s) s
                          join organization b on b.id = s.branch_id
                         group by stay, branch_id, b.name
                         order by min(from_period)""")
                .param(memberId)
                .query((row, n) -> new Stint(row.getLong(1), row.getString(2),
                        YearMonth.from(row.getObject(3, LocalDate.class)),
                        row.getBoolean(5) ? null : YearMonth.from(row.getObject(4, LocalDate.class)).minusMonths(1)))
                .list();
    }

    /** One line of a member's history (kind DISCIPLINE for a discipline, with its form and deciding body). */
    record HistoryEntry(String kind, LocalDate occurredOn, String decisionNumber, String note, String branchName,
                        String fromBranchName, String role, LocalDate endsOn, String place, String disciplineForm,
                        String decidingBody, String recordedBy) {
    }

    /** The months a member was on a branch's roll, {@code lastMonth} null while still there. */
    public record Stint(long branchId, String branchName, YearMonth firstMonth, YearMonth lastMonth) {
    }

    /** Everyone on the branch's roll during a month: admitted by its end and not gone before its start. */
    List<RollRow> roll(long branchId, YearMonth period) {
        return jdbc.sql("select " + RollRow.COLUMNS + " from month_roll(?, ?) r order by " + RollRow.ORDER)
                .params(branchId, period.atDay(1))
                .query((row, n) -> RollRow.read(row))
                .list();
    }
}
