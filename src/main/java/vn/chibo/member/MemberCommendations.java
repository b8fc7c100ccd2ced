package vn.chibo.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commendations and criticisms (biểu dương / phê bình) a member was given at their branch's
 * meetings, once the meeting is finalized: on the member's page, on {@code /me} and beside the
 * year-end proposal. They follow the member across branches.
 */
@Component
public class MemberCommendations {

    private final JdbcClient jdbc;

    MemberCommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One commendation or criticism: {@code kind} is COMMENDATION or CRITICISM. */
    public record Item(long memberId, YearMonth period, String branchName, String kind, String note) {

        public boolean commendation() {
            return "COMMENDATION".equals(kind);
        }
    }

    /** All of a member's, newest first. */
    public List<Item> of(long memberId) {
        return jdbc.sql(SELECT + " where c.member_id = ? and mt.status = 'FINALIZED' order by mt.period desc, c.id")
                .param(memberId).query(MemberCommendations::item).list();
    }

    /** Those of the given members in a calendar year, month by month, by member id. */
    public Map<Long, List<Item>> of(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + """
                         where c.member_id = any (?) and mt.status = 'FINALIZED'
                           and mt.period >= ? and mt.period < ?
                         order by mt.period, c.id""")
                .params(memberIds.toArray(Long[]::new), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(MemberCommendations::item).list().stream()
                .collect(Collectors.groupingBy(Item::memberId, LinkedHashMap::new, Collectors.toList()));
    }

    private static final String SELECT = """
            select c.member_id, mt.period, b.name, c.kind, c.note
              from commendation c
              join meeting mt on mt.id = c.meeting_id
              join organization b on b.id = mt.branch_id
            """;

    private static Item item(ResultSet row, int n) throws SQLException {
        return new Item(row.getLong(1), YearMonth.from(row.getObject(2, LocalDate.class)), row.getString(3),
                row.getString(4), row.getString(5));
    }
}
