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
                               m.exempt, m.exempt_from, m.exempt_until, m.left_on, m.branch_id, b.name, b.path
                          from member m join organization b on b.id = m.branch_id
                         where m.id = ?""")
                .param(id)
                .query((row, n) -> new MemberProfile(row.getLong(1), row.getString(2),
                        Gender.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), row.getString(5),
                        row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
                        MembershipStatus.valueOf(row.getString(8)), BranchRole.valueOf(row.getString(9)),
                        row.getString(10), row.getBoolean(11), row.getBoolean(12), row.getObject(13, LocalDate.class),
                        row.getObject(14, LocalDate.class), row.getObject(15, LocalDate.class), row.getLong(16),
                        row.getString(17), row.getString(18)))
                .optional();
    }

    /** Everyone on the branch's roll during a month: admitted by its end and not gone before its start. */
    List<RollRow> roll(long branchId, YearMonth period) {
        return jdbc.sql("select " + RollRow.COLUMNS + " from month_roll(?, ?) r order by " + RollRow.ORDER)
                .params(branchId, period.atDay(1))
                .query((row, n) -> RollRow.read(row))
                .list();
    }
}
