package vn.chibo.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.chibo.dashboard.Attention.BranchNotFinalized;
import vn.chibo.dashboard.Attention.FlaggedMember;
import vn.chibo.dashboard.Attention.MemberNotCompleted;
import vn.chibo.dashboard.Attention.OverdueTask;
import vn.chibo.organization.Children;
import vn.chibo.organization.OrganizationSummary;

/**
 * The dashboards' SQL. Figures come from roll-ups kept per organization for everything under it
 * ({@code organization_month_summary}, {@code organization_open_task}, {@code organization_flag_month})
 * or per member and year ({@code member_year_flag}), all kept exact in the transaction of every
 * change, so a province's page reads about as many rows as a branch's.
 */
@Repository
class DashboardQueries {

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }


    /**
     * Per month and pilot flag, the figures of the branches under the node, months from..to: the
     * node's rows of {@code organization_month_summary} (a dozen or two), and the number of
     * branches from {@code organization_roll}. A month without any row still counts its branches, as not held.
     */
    List<PilotMonth> series(OrganizationSummary node, YearMonth from, YearMonth to) {
        Map<Boolean, Long> branches = new HashMap<>();
        jdbc.query("select branches, pilot_branches from organization_roll where organization_id = :node",
                new MapSqlParameterSource("node", node.id()), rs -> {
                    branches.put(true, rs.getLong("pilot_branches"));
                    branches.put(false, rs.getLong("branches") - rs.getLong("pilot_branches"));
                });
        Map<YearMonth, Map<Boolean, MonthFigures>> rows = new HashMap<>();
        jdbc.query("""
                select * from organization_month_summary
                 where organization_id = :node and period between :from and :to""",
                new MapSqlParameterSource("node", node.id()).addValue("from", Date.valueOf(from.atDay(1)))
                        .addValue("to", Date.valueOf(to.atDay(1))), rs -> {
                    boolean pilot = rs.getBoolean("pilot");
                    rows.computeIfAbsent(YearMonth.from(rs.getObject("period", LocalDate.class)), m -> new HashMap<>())
                            .put(pilot, new MonthFigures(branches.getOrDefault(pilot, 0L), rs.getLong("held"),
                                    rs.getLong("finalized"), rs.getLong("late"), rs.getLong("present"),
                                    rs.getLong("expected"), rs.getLong("quality_good"), rs.getLong("quality_fair"),
                                    rs.getLong("quality_average"), rs.getLong("quality_poor"),
                                    rs.getLong("rated_excellent"), rs.getLong("rated_good"),
                                    rs.getLong("rated_completed"), rs.getLong("rated_not_completed"),
                                    rs.getLong("fees_paid"), new MonthFigures.Levels(rs.getLong("leaders_excellent"),
                                            rs.getLong("leaders_good"), rs.getLong("leaders_completed"),
                                            rs.getLong("leaders_not_completed"))));
                });
        List<PilotMonth> series = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            for (boolean pilot : new boolean[] {true, false}) {
                long count = branches.getOrDefault(pilot, 0L);
                MonthFigures figures = rows.getOrDefault(month, Map.of()).get(pilot);
                // The others always: a committee without branches still has its twelve (empty) months.
                if (!pilot || count > 0 || figures != null) {
                    series.add(new PilotMonth(month, pilot, figures != null ? figures
                            : MonthFigures.NONE.plus(new MonthFigures(count, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            MonthFigures.Levels.NONE))));
                }
            }
        }
        return series;
    }

    record PilotMonth(YearMonth period, boolean pilot, MonthFigures figures) {
    }

    /**
     * The compliance grid: for each row (the children of a committee, or the branch itself) and
     * each month with figures, how many of its branches finalized, held on time (or without a date
     * yet), or held late; from each row's {@code organization_month_summary}. A row without any
     * figures in the months comes once, with no month.
     */
    List<GridCell> grid(OrganizationSummary node, YearMonth from, YearMonth to, int offset, int limit) {
        // The page's rows in the children's index order (V1), so the read stops after them; their
        // branch counts and months are read for those rows only.
        String rows = "select c.id, c.name, c.kind, row_number() over (order by " + Children.ORDER + ") as n"
                + " from organization c where " + (node.isBranch() ? "c.id = :node" : "c.parent_id = :node")
                + " order by " + Children.ORDER + " offset :offset limit :limit";
        // Each row's months summed in its own lateral read (the summary's key gives them in month
        // order), and the rows kept in their numbered order: sorting and grouping the joined
        // months by the rows' names and sort keys took as long as reading them.
        String sql = "with rows as (" + rows + """
                )
                select r.id, r.name, r.kind, coalesce(k.branches, 0) as branches, o.period, o.finalized, o.on_time, o.late
                  from rows r
                  left join organization_roll k on k.organization_id = r.id
                  left join lateral (select period, sum(finalized) as finalized,
                                            sum(held - finalized - late_open) as on_time, sum(late_open) as late
                                       from organization_month_summary
                                      where organization_id = r.id and period between :from and :to
                                      group by period) o on true
                 order by r.n, o.period""";
        return jdbc.query(sql, new MapSqlParameterSource("node", node.id()).addValue("offset", offset)
                .addValue("limit", limit).addValue("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atDay(1))),
                (rs, i) -> {
                    LocalDate period = rs.getObject("period", LocalDate.class);
                    return new GridCell(rs.getLong("id"), rs.getString("name"), "BRANCH".equals(rs.getString("kind")),
                            period == null ? null : YearMonth.from(period), rs.getInt("branches"),
                            rs.getInt("finalized"), rs.getInt("on_time"), rs.getInt("late"));
                });
    }

    /** How many rows the grid of the node has: its children, or the branch itself. */
    long gridRows(OrganizationSummary node) {
        return node.isBranch() ? 1 : jdbc.queryForObject("select count(*) from organization where parent_id = :node",
                new MapSqlParameterSource("node", node.id()), Long.class);
    }

    /** Branches under the node whose regular meeting of the month is not finalized, with what there is. */
    List<BranchNotFinalized> notFinalized(String path, YearMonth period, int limit) {
        return jdbc.query("""
                select br.id, br.name, s.meeting_status
                  from organization br
                  left join branch_month_summary s on s.branch_id = br.id and s.period = :period
                 where br.kind = 'BRANCH' and in_subtree(br.path, :path)
                   and s.meeting_status is distinct from 'FINALIZED'
                 order by br.sort_key, br.id limit :limit""",
                new MapSqlParameterSource("path", path).addValue("period", Date.valueOf(period.atDay(1))).addValue("limit", limit),
                DataClassRowMapper.newInstance(BranchNotFinalized.class));
    }

    /**
     * Members now in a branch under the node absent without a reason in at least {@code months}
     * months of the year up to the month asked ({@code member_year_flag}, kept by member: the months
     * follow a member who moved between branches).
     */
    List<FlaggedMember> unexcusedFlags(String path, YearMonth period, int months, int limit) {
        return flagged(Flag.ABSENT, path, period, months, limit);
    }

    /** As {@link #unexcusedFlags}, for the months whose party fee went unpaid without a reason. */
    List<FlaggedMember> unpaidFeeFlags(String path, YearMonth period, int months, int limit) {
        return flagged(Flag.UNPAID, path, period, months, limit);
    }

    /** The two kinds of month {@code member_year_flag} keeps for a member and year: its columns. */
    enum Flag {
        ABSENT("absent_months", "absent_count"),
        UNPAID("unpaid_months", "unpaid_count");

        final String months;
        final String count;

        Flag(String months, String count) {
            this.months = months;
            this.count = count;
        }

        /**
         * Members (u) with {@code :months} flagged months in the year up to {@code :month}: the months
         * are kept in order, so the one that reached {@code :months} is the array's {@code :months}-th.
         */
        String where() {
            return "u.year = :year and u." + count + " >= :months and u." + months + "[:months] <= :month";
        }
    }

    private List<FlaggedMember> flagged(Flag flag, String path, YearMonth period, int months, int limit) {
        return jdbc.query("""
                select m.id, m.full_name, b.id as branch_id, b.name as branch_name, x.months
                  from (select u.member_id,
                               (select count(*) from unnest(u.%s) as month where month <= :month) as months
                          from member_year_flag u
                         where %s) x
                  join member m on m.id = x.member_id
                  join organization b on b.id = m.branch_id
                 where in_subtree(b.path, :path)
                 order by x.months desc, m.sort_key, m.id limit :limit""".formatted(flag.months, flag.where()),
                year(period, months).addValue("path", path).addValue("limit", limit),
                DataClassRowMapper.newInstance(FlaggedMember.class));
    }

    private static MapSqlParameterSource year(YearMonth period, int months) {
        return new MapSqlParameterSource("year", period.getYear()).addValue("month", period.getMonthValue())
                .addValue("months", months);
    }

    /** Members under the node rated NOT_COMPLETED for the month. */
    List<MemberNotCompleted> notCompleted(String path, YearMonth period, int limit) {
        return jdbc.query("""
                select m.id, m.full_name, b.id as branch_id, b.name as branch_name
                  from monthly_rating r
                  join organization b on b.id = r.branch_id
                  join member m on m.id = r.member_id
                 where r.final_level = 'NOT_COMPLETED' and r.period = :period and in_subtree(b.path, :path)
                 order by m.sort_key limit :limit""",
                new MapSqlParameterSource("path", path).addValue("period", Date.valueOf(period.atDay(1)))
                        .addValue("limit", limit), DataClassRowMapper.newInstance(MemberNotCompleted.class));
    }

    /**
     * For each child of the node: branches whose month is not finalized, members rated
     * NOT_COMPLETED, open tasks past their deadline, and members flagged (as {@link #flagged}) for
     * unexcused absence in {@code absentMonths} months and for unpaid fees in {@code unpaidMonths}
     * ({@code organization_flag_month}: the rows of that flagged month up to the month asked).
     * A few rows a child, whatever its size.
     */
    List<UnitAttention> attentionByUnit(OrganizationSummary node, YearMonth period, LocalDate today, int absentMonths,
                                        int unpaidMonths) {
        return jdbc.query("""
                select c.id, c.name, c.kind,
                       coalesce(r.branches, 0) - coalesce(s.finalized, 0) as not_finalized,
                       coalesce(s.not_completed, 0) as not_completed,
                       coalesce(r.open_tasks, 0) - coalesce((select sum(t.open_tasks) from organization_open_task t
                                                             where t.organization_id = c.id and t.due_on >= :today), 0)
                           as overdue,
                       coalesce((select sum(f.members) from organization_flag_month f
                                  where f.organization_id = c.id and f.year = :year and f.kind = 'ABSENT'
                                    and f.k = :absentMonths and f.month <= :month), 0) as absent,
                       coalesce((select sum(f.members) from organization_flag_month f
                                  where f.organization_id = c.id and f.year = :year and f.kind = 'UNPAID'
                                    and f.k = :unpaidMonths and f.month <= :month), 0) as unpaid
                  from organization c
                  left join organization_roll r on r.organization_id = c.id
                  left join lateral (select sum(o.finalized) as finalized, sum(o.rated_not_completed) as not_completed
                                       from organization_month_summary o
                                      where o.organization_id = c.id and o.period = :period) s on true
                 where c.parent_id = :node
                 order by\s""" + Children.ORDER,
                new MapSqlParameterSource("node", node.id())
                        .addValue("period", Date.valueOf(period.atDay(1))).addValue("today", Date.valueOf(today))
                        .addValue("year", period.getYear()).addValue("month", period.getMonthValue())
                        .addValue("absentMonths", absentMonths).addValue("unpaidMonths", unpaidMonths),
                (rs, i) -> new UnitAttention(rs.getLong("id"), rs.getString("name"),
                        "BRANCH".equals(rs.getString("kind")), rs.getLong("not_finalized"), rs.getLong("not_completed"),
                        rs.getLong("absent"), rs.getLong("overdue"), rs.getLong("unpaid")));
    }

    /**
     * How many open tasks under the node are past their deadline: all of them ({@code organization_roll})
     * less those due from today on ({@code organization_open_task}).
     */
    long countOverdueTasks(long nodeId, LocalDate today) {
        return jdbc.queryForObject("""
                select coalesce((select open_tasks from organization_roll where organization_id = :node), 0)
                       - coalesce((select sum(open_tasks) from organization_open_task
                                    where organization_id = :node and due_on >= :today), 0)""",
                new MapSqlParameterSource("node", nodeId).addValue("today", Date.valueOf(today)), Long.class);
    }

    /**
     * The oldest open tasks under the node past their deadline: the oldest few of each branch
     * (an index read a branch), then the oldest of those. Only asked for nodes whose branches are
     * listed by name, so a few hundred branches at most.
     */
    List<OverdueTask> overdueTasks(String path, LocalDate today, int limit) {
        return jdbc.query("""
                select t.id, t.title, t.due_on, m.id as member_id, m.full_name, t.branch_id, t.branch_name
                  from (select o.id, o.title, o.due_on, o.assignee_id, b.id as branch_id, b.name as branch_name
                          from organization b
                          cross join lateral (select id, title, due_on, assignee_id from task
                                               where branch_id = b.id and result in ('NOT_STARTED', 'IN_PROGRESS')
                                                 and due_on < :today
                                               order by due_on, id limit :limit) o
                         where in_subtree(b.path, :path)
                         order by o.due_on, o.id limit :limit) t
                  join member m on m.id = t.assignee_id
                 order by t.due_on, t.id""",
                new MapSqlParameterSource("path", path).addValue("today", Date.valueOf(today)).addValue("limit", limit),
                DataClassRowMapper.newInstance(OverdueTask.class));
    }
}
