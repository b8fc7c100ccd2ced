package vn.chibo.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.chibo.meeting.MeetingRulesProperties;

/**
 * The dashboards' SQL. Every figure comes from {@code branch_month_summary} joined to the branches
 * under a node (one indexed prefix scan of the tree), so the cost grows with the number of
 * branches shown, not with the number of members, attendances or ratings behind them.
 */
@Repository
class DashboardQueries {

    private static final String BRANCHES = """
            with branches as (
                select b.id, b.name, b.sort_key, b.parent_id,
                       (p.id is not null and p.status <> 'WITHDRAWN') as pilot
                  from organization b left join pilot_enrollment p on p.branch_id = b.id
                 where b.kind = 'BRANCH' and b.path like :path || '%'
            )
            """;

    private static final String FIGURES = """
            count(br.id) as branches,
            count(s.branch_id) filter (where s.meeting_status in ('HELD', 'FINALIZED')) as held,
            count(s.branch_id) filter (where s.meeting_status = 'FINALIZED') as finalized,
            count(s.branch_id) filter (where s.meeting_status in ('HELD', 'FINALIZED')
                                         and extract(day from s.held_on) > :onTimeDay) as late,
            coalesce(sum(s.present) filter (where s.meeting_status in ('HELD', 'FINALIZED')), 0) as present,
            coalesce(sum(s.roll_total - s.roll_exempt) filter (where s.meeting_status in ('HELD', 'FINALIZED')), 0)
                as expected,
            count(s.quality_score) filter (where s.quality_score >= :good) as q_good,
            count(s.quality_score) filter (where s.quality_score >= :fair and s.quality_score < :good) as q_fair,
            count(s.quality_score) filter (where s.quality_score >= :average and s.quality_score < :fair) as q_average,
            count(s.quality_score) filter (where s.quality_score < :average) as q_poor,
            coalesce(sum(s.rated_excellent), 0) as excellent, coalesce(sum(s.rated_good), 0) as good,
            coalesce(sum(s.rated_completed), 0) as completed, coalesce(sum(s.rated_not_completed), 0) as not_completed
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MeetingRulesProperties rules;
    private final DashboardProperties properties;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, MeetingRulesProperties rules, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.properties = properties;
    }

    private MapSqlParameterSource params(String path) {
        return new MapSqlParameterSource("path", path).addValue("onTimeDay", properties.onTimeDay())
                .addValue("good", rules.goodFrom()).addValue("fair", rules.fairFrom())
                .addValue("average", rules.averageFrom());
    }

    /** Per month and pilot flag, the figures of the branches under {@code path}, months from..to. */
    List<PilotMonth> series(String path, YearMonth from, YearMonth to) {
        String sql = BRANCHES + """
                , months as (select generate_series(:from, :to, interval '1 month')::date as period)
                select mo.period, br.pilot,
                """ + FIGURES + """
                  from months mo cross join branches br
                  left join branch_month_summary s on s.branch_id = br.id and s.period = mo.period
                 group by mo.period, br.pilot
                 order by mo.period, br.pilot""";
        return jdbc.query(sql, params(path).addValue("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(to.atDay(1))), (rs, i) -> new PilotMonth(
                YearMonth.from(rs.getDate("period").toLocalDate()), rs.getBoolean("pilot"), figures(rs)));
    }

    record PilotMonth(YearMonth period, boolean pilot, MonthFigures figures) {
    }

    static MonthFigures figures(ResultSet rs) throws SQLException {
        return new MonthFigures(rs.getLong("branches"), rs.getLong("held"), rs.getLong("finalized"),
                rs.getLong("late"), rs.getLong("present"), rs.getLong("expected"), rs.getLong("q_good"),
                rs.getLong("q_fair"), rs.getLong("q_average"), rs.getLong("q_poor"), rs.getLong("excellent"),
                rs.getLong("good"), rs.getLong("completed"), rs.getLong("not_completed"));
    }

    /**
     * The compliance grid: for each row (the children of a committee, or the branch itself) and
     * each month, how many of its branches finalized, held on time, held late, or did not meet.
     */
    List<GridCell> grid(long nodeId, boolean nodeIsBranch, YearMonth from, YearMonth to) {
        String rows = nodeIsBranch
                ? "select c.id, c.name, c.kind, c.path, c.sort_key from organization c where c.id = :node"
                : "select c.id, c.name, c.kind, c.path, c.sort_key from organization c where c.parent_id = :node";
        String sql = "with rows as (" + rows + """
                ), months as (select generate_series(:from, :to, interval '1 month')::date as period)
                select r.id, r.name, r.kind, mo.period, count(b.id) as branches,
                       count(s.branch_id) filter (where s.meeting_status = 'FINALIZED') as finalized,
                       count(s.branch_id) filter (where s.meeting_status = 'HELD'
                           and (s.held_on is null or extract(day from s.held_on) <= :onTimeDay)) as on_time,
                       count(s.branch_id) filter (where s.meeting_status = 'HELD'
                           and extract(day from s.held_on) > :onTimeDay) as late,
                       min(s.meeting_id) as meeting_id
                  from rows r
                  join organization b on b.path like r.path || '%' and b.kind = 'BRANCH'
                  cross join months mo
                  left join branch_month_summary s on s.branch_id = b.id and s.period = mo.period
                 group by r.id, r.name, r.kind, r.sort_key, mo.period
                 order by case when r.kind = 'BRANCH' then 1 else 0 end, r.sort_key, r.id, mo.period""";
        return jdbc.query(sql, new MapSqlParameterSource("node", nodeId).addValue("onTimeDay", properties.onTimeDay())
                .addValue("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atDay(1))),
                (rs, i) -> new GridCell(rs.getLong("id"), rs.getString("name"), "BRANCH".equals(rs.getString("kind")),
                        YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("branches"),
                        rs.getInt("finalized"), rs.getInt("on_time"), rs.getInt("late"),
                        (Long) rs.getObject("meeting_id")));
    }

    /** Branches under the node whose regular meeting of the month is not finalized, with what there is. */
    List<Map<String, Object>> notFinalized(String path, YearMonth period, int limit) {
        return jdbc.queryForList(BRANCHES + """
                select br.id, br.name, s.meeting_status
                  from branches br left join branch_month_summary s on s.branch_id = br.id and s.period = :period
                 where s.meeting_status is distinct from 'FINALIZED'
                 order by br.sort_key, br.id limit :limit""",
                params(path).addValue("period", Date.valueOf(period.atDay(1))).addValue("limit", limit));
    }

    /** Members under the node absent without a reason in at least {@code months} months of the year so far. */
    List<Map<String, Object>> unexcusedFlags(String path, YearMonth period, int months, int limit) {
        return jdbc.queryForList("""
                select m.id, m.full_name, b.id as branch_id, b.name as branch_name,
                       count(distinct mt.period) as months
                  from attendance a
                  join meeting mt on mt.id = a.meeting_id
                  join organization b on b.id = mt.branch_id
                  join member m on m.id = a.member_id
                 where a.status = 'UNEXCUSED' and b.path like :path || '%'
                   and mt.period between :january and :period
                 group by m.id, m.full_name, m.sort_key, b.id, b.name
                having count(distinct mt.period) >= :months
                 order by count(distinct mt.period) desc, m.sort_key limit :limit""",
                new MapSqlParameterSource("path", path)
                        .addValue("january", Date.valueOf(LocalDate.of(period.getYear(), 1, 1)))
                        .addValue("period", Date.valueOf(period.atDay(1))).addValue("months", months)
                        .addValue("limit", limit));
    }

    /** Members under the node rated NOT_COMPLETED for the month. */
    List<Map<String, Object>> notCompleted(String path, YearMonth period, int limit) {
        return jdbc.queryForList("""
                select m.id, m.full_name, b.id as branch_id, b.name as branch_name
                  from monthly_rating r
                  join organization b on b.id = r.branch_id
                  join member m on m.id = r.member_id
                 where r.final_level = 'NOT_COMPLETED' and r.period = :period and b.path like :path || '%'
                 order by m.sort_key limit :limit""",
                new MapSqlParameterSource("path", path).addValue("period", Date.valueOf(period.atDay(1)))
                        .addValue("limit", limit));
    }

    /** How many open tasks under the node are past their deadline. */
    long countOverdueTasks(String path, LocalDate today) {
        return jdbc.queryForObject("""
                select count(*) from task t join organization b on b.id = t.branch_id
                 where t.result in ('NOT_STARTED', 'IN_PROGRESS') and t.due_on < :today and b.path like :path || '%'""",
                new MapSqlParameterSource("path", path).addValue("today", Date.valueOf(today)), Long.class);
    }

    /** The oldest open tasks under the node past their deadline. */
    List<Map<String, Object>> overdueTasks(String path, LocalDate today, int limit) {
        return jdbc.queryForList("""
                select t.id, t.title, t.due_on, m.id as member_id, m.full_name, b.id as branch_id, b.name as branch_name
                  from task t
                  join organization b on b.id = t.branch_id
                  join member m on m.id = t.assignee_id
                 where t.result in ('NOT_STARTED', 'IN_PROGRESS') and t.due_on < :today and b.path like :path || '%'
                 order by t.due_on, t.id limit :limit""",
                new MapSqlParameterSource("path", path).addValue("today", Date.valueOf(today)).addValue("limit", limit));
    }
}
