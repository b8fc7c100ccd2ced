package vn.chibo.member;

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
        return jdbc.sql("select " + RollRow.COLUMNS + " from month_roll(?, ?) r order by " + RollRow.ORDER)
                .params(branchId, period.atDay(1))
                .query((row, n) -> RollRow.read(row))
                .list();
    }
}
