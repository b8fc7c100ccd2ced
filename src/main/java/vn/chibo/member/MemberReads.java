package vn.chibo.member;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The roll of a month, read straight from SQL: every meeting page reads it, up to 150 rows. */
@Component
class MemberReads {

    private final JdbcClient jdbc;

    MemberReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone on the branch's roll during a month: admitted by its end and not gone before its start. */
    List<RollRow> roll(long branchId, YearMonth period) {
        return jdbc.sql("""
                        select id, full_name, branch_role, full_membership_on, exempt, exempt_from, exempt_until
                          from member
                         where branch_id = ? and admitted_on <= ? and (left_on is null or left_on >= ?)
                         order by sort_key, id""")
                .params(branchId, period.atEndOfMonth(), period.atDay(1))
                .query((row, n) -> new RollRow(row.getLong(1), row.getString(2), BranchRole.valueOf(row.getString(3)),
                        row.getObject(4, LocalDate.class), row.getBoolean(5), row.getObject(6, LocalDate.class),
                        row.getObject(7, LocalDate.class)))
                .list();
    }
}
