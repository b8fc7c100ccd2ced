package vn.chibo.fee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The fee book's rows, read straight from SQL for a set of members or a branch. */
@Component
class FeeReads {

    private final JdbcClient jdbc;

    FeeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Long[] array(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Each member's rates, oldest first. */
    Map<Long, List<FeeRate>> rates(Collection<Long> memberIds) {
        Map<Long, List<FeeRate>> rates = new HashMap<>();
        jdbc.sql("""
                        select member_id, from_period, basis, salary, share_percent, amount from fee_rate
                         where member_id = any (?) order by member_id, from_period""")
                .param(array(memberIds))
                .query((row, n) -> new FeeRate(row.getLong(1), YearMonth.from(row.getObject(2, LocalDate.class)),
                        FeeBasis.valueOf(row.getString(3)), (Long) row.getObject(4, Long.class),
                        row.getObject(5, BigDecimal.class), row.getLong(6)))
                .list().forEach(rate -> rates.computeIfAbsent(rate.memberId(), id -> new ArrayList<>()).add(rate));
        return rates;
    }

    /** The members' months from {@code from} to {@code to}, paid or excused, by member, in month order. */
    Map<Long, List<FeeMonth>> months(Collection<Long> memberIds, YearMonth from, YearMonth to) {
        Map<Long, List<FeeMonth>> months = new HashMap<>();
        jdbc.sql("""
                        select member_id, period, branch_id, meeting_id, paid_on, amount, reason from fee_payment
                         where member_id = any (?) and period between ? and ? order by member_id, period""")
                .params(array(memberIds), from.atDay(1), to.atDay(1))
                .query((row, n) -> feeMonth(row))
                .list().forEach(month -> months.computeIfAbsent(month.memberId(), id -> new ArrayList<>()).add(month));
        return months;
    }

    /** The months paid or excused that a meeting recorded, by member. */
    Map<Long, List<FeeMonth>> recordedAt(long meetingId) {
        Map<Long, List<FeeMonth>> months = new HashMap<>();
        jdbc.sql("""
                        select member_id, period, branch_id, meeting_id, paid_on, amount, reason from fee_payment
                         where meeting_id = ? order by member_id, period""")
                .param(meetingId)
                .query((row, n) -> feeMonth(row))
                .list().forEach(month -> months.computeIfAbsent(month.memberId(), id -> new ArrayList<>()).add(month));
        return months;
    }

    private static FeeMonth feeMonth(ResultSet row) throws SQLException {
        return new FeeMonth(row.getLong(1), YearMonth.from(row.getObject(2, LocalDate.class)), row.getLong(3),
                (Long) row.getObject(4, Long.class), row.getObject(5, LocalDate.class),
                (Long) row.getObject(6, Long.class), row.getString(7));
    }

    /**
     * The months from {@code from} to {@code to} in which each member was on a branch's roll and not
     * exempt: the months a fee is due for, in whichever branch.
     */
    Map<Long, TreeSet<YearMonth>> dueMonths(Collection<Long> memberIds, YearMonth from, YearMonth to) {
        Map<Long, TreeSet<YearMonth>> due = new HashMap<>();
        jdbc.sql("""
                        select s.member_id, g::date
                          from member_stint s
                         cross join lateral generate_series(greatest(s.from_period, ?),
                                   least(coalesce((s.until_period - interval '1 month')::date, ?), ?),
                                   interval '1 month') g
                         where s.member_id = any (?) and not s.exempt""")
                .params(from.atDay(1), to.atDay(1), to.atDay(1), array(memberIds))
                .query((row, n) -> Map.entry(row.getLong(1), YearMonth.from(row.getObject(2, LocalDate.class))))
                .list().forEach(e -> due.computeIfAbsent(e.getKey(), id -> new TreeSet<>()).add(e.getValue()));
        return due;
    }

    /**
     * The months of a year whose regular meeting was finalized without each member's fee paid or
     * excused ({@code member_year_flag}, kept by the month summaries' refresh).
     */
    Map<Long, Set<Integer>> unpaidMonths(Collection<Long> memberIds, int year) {
        Map<Long, Set<Integer>> months = new HashMap<>();
        jdbc.sql("select member_id, unnest(unpaid_months) from member_year_flag where member_id = any (?) and year = ?")
                .params(array(memberIds), year)
                .query((row, n) -> Map.entry(row.getLong(1), row.getInt(2)))
                .list().forEach(e -> months.computeIfAbsent(e.getKey(), id -> new TreeSet<>()).add(e.getValue()));
        return months;
    }

    /** The first month the branch's fee book has anything for: from then on, unpaid months count. */
    Optional<YearMonth> bookStart(long branchId) {
        return jdbc.sql("select min(period) from fee_payment where branch_id = ?").param(branchId)
                .query(LocalDate.class).optional().map(YearMonth::from);
    }

    /** The branch's roll in a month (month_roll), in Vietnamese order, as payers. */
    List<FeeService.Payer> roll(long branchId, YearMonth month) {
        return jdbc.sql("select id, full_name, exempt from month_roll(?, ?) order by sort_key, id")
                .params(branchId, month.atDay(1))
                .query((row, n) -> new FeeService.Payer(row.getLong(1), row.getString(2), row.getBoolean(3)))
                .list();
    }

    /** A member on a branch's roll in some month of a year, with those months and the exempt ones. */
    record BookMember(long id, String fullName, TreeSet<YearMonth> onRoll, TreeSet<YearMonth> exempt) {
    }

    /** The members on the branch's roll in any month of the year, in the roll's order. */
    List<BookMember> bookMembers(long branchId, int year) {
        Map<Long, BookMember> members = new LinkedHashMap<>();
        YearMonth january = YearMonth.of(year, 1);
        YearMonth december = YearMonth.of(year, 12);
        jdbc.sql("""
                        select m.id, m.full_name, g::date, s.exempt
                          from member_stint s join member m on m.id = s.member_id
                         cross join lateral generate_series(greatest(s.from_period, ?),
                                   least(coalesce((s.until_period - interval '1 month')::date, ?), ?),
                                   interval '1 month') g
                         where s.branch_id = ? and s.from_period <= ? and (s.until_period is null or s.until_period > ?)
                         order by m.sort_key, m.id, g""")
                .params(january.atDay(1), december.atDay(1), december.atDay(1), branchId, december.atDay(1),
                        january.atDay(1))
                .query((row, n) -> {
                    String name = row.getString(2);
                    BookMember member = members.computeIfAbsent(row.getLong(1),
                            id -> new BookMember(id, name, new TreeSet<>(), new TreeSet<>()));
                    YearMonth month = YearMonth.from(row.getObject(3, LocalDate.class));
                    member.onRoll().add(month);
                    if (row.getBoolean(4)) {
                        member.exempt().add(month);
                    }
                    return member;
                })
                .list();
        return new ArrayList<>(members.values());
    }

    /** A payment made to the secretary between meetings: a member, the day, the months it covered. */
    public record BetweenPayment(long memberId, String fullName, LocalDate paidOn, YearMonth from, YearMonth to,
                                 int months, long amount) {
    }

    /** The branch's payments between meetings paid in a year, the latest first. */
    List<BetweenPayment> betweenPayments(long branchId, int year) {
        return jdbc.sql("""
                        select f.member_id, m.full_name, f.paid_on, min(f.period), max(f.period), count(*), sum(f.amount)
                          from fee_payment f join member m on m.id = f.member_id
                         where f.branch_id = ? and f.meeting_id is null and f.paid_on between ? and ?
                         group by f.member_id, m.full_name, m.sort_key, f.paid_on
                         order by f.paid_on desc, m.sort_key, f.member_id""")
                .params(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new BetweenPayment(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        YearMonth.from(rs.getDate(4).toLocalDate()), YearMonth.from(rs.getDate(5).toLocalDate()),
                        rs.getInt(6), rs.getLong(7)))
                .list();
    }

    /** What the branch collected (by the day it was paid) and handed up, month by month of a year. */
    record MonthMoney(YearMonth period, long collected, Long handedUp, LocalDate handedOn, String note) {
    }

    List<MonthMoney> money(long branchId, int year) {
        Map<YearMonth, Long> collected = new HashMap<>();
        jdbc.sql("""
                        select date_trunc('month', paid_on)::date, sum(amount) from fee_payment
                         where branch_id = ? and paid_on between ? and ? group by 1""")
                .params(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((row, n) -> Map.entry(YearMonth.from(row.getObject(1, LocalDate.class)), row.getLong(2)))
                .list().forEach(e -> collected.put(e.getKey(), e.getValue()));
        Map<YearMonth, MonthMoney> handed = new HashMap<>();
        jdbc.sql("""
                        select period, amount, handed_on, note from fee_handover
                         where branch_id = ? and period between ? and ?""")
                .params(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
                .query((row, n) -> new MonthMoney(YearMonth.from(row.getObject(1, LocalDate.class)), 0,
                        row.getLong(2), row.getObject(3, LocalDate.class), row.getString(4)))
                .list().forEach(m -> handed.put(m.period(), m));
        List<MonthMoney> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth period = YearMonth.of(year, m);
            MonthMoney h = handed.get(period);
            months.add(new MonthMoney(period, collected.getOrDefault(period, 0L), h == null ? null : h.handedUp(),
                    h == null ? null : h.handedOn(), h == null ? null : h.note()));
        }
        return months;
    }
}
