package vn.chibo.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table behind the dashboard: every branch under a node with its month; filtered, sorted, paged or streamed. */
@Repository
class BranchTableQuery {

    /** The orders a user can ask for, each a fixed piece of SQL: nothing typed reaches the query. */
    static final Map<String, String> SORTS = Map.of(
            "name", "b.sort_key, b.id",
            "status", "coalesce(s.meeting_status, '') desc, b.sort_key, b.id",
            "attendance", "case when s.roll_total - s.roll_exempt > 0 then s.present::numeric / (s.roll_total - s.roll_exempt) "
                    + "else -1 end desc nulls last, b.sort_key, b.id",
            "quality", "s.quality_score desc nulls last, b.sort_key, b.id");

    private final NamedParameterJdbcTemplate jdbc;
    private final DashboardProperties properties;

    BranchTableQuery(NamedParameterJdbcTemplate jdbc, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    record Filter(String path, YearMonth period, Boolean pilot, String status, String sort) {
    }

    /**
     * The branches the filter keeps, as a {@code from ... where} clause over {@code b} (the branch),
     * {@code p} (its pilot enrollment) and {@code s} (its month). Only the conditions asked for are
     * written, so that PostgreSQL plans each query for what it has to do: a count without filters
     * reads the organization table alone (the two left joins are on unique keys and unused).
     */
    private static String branches(Filter filter) {
        String status = switch (filter.status() == null ? "" : filter.status()) {
            case "missing" -> " and (s.meeting_status is null or s.meeting_status = 'PLANNED')";
            case "held" -> " and s.meeting_status = 'HELD'";
            case "finalized" -> " and s.meeting_status = 'FINALIZED'";
            default -> "";
        };
        String pilot = filter.pilot() == null ? ""
                : " and (p.id is not null and p.status <> 'WITHDRAWN') = :pilot";
        return """
                  from organization b
                  left join pilot_enrollment p on p.branch_id = b.id
                  left join branch_month_summary s on s.branch_id = b.id and s.period = :period
                 where b.kind = 'BRANCH' and in_subtree(b.path, :path)
                """ + pilot + status;
    }

    private static String rows(Filter filter) {
        return """
                select b.id, b.name, (select parent.name from organization parent where parent.id = b.parent_id) as parent_name,
                       (p.id is not null and p.status <> 'WITHDRAWN') as pilot,
                       s.meeting_status, s.held_on, coalesce(extract(day from s.held_on) > :onTimeDay, false) as late,
                       coalesce(s.roll_total, 0) as roll_total, coalesce(s.present, 0) as present,
                       coalesce(s.roll_total - s.roll_exempt, 0) as expected, s.quality_score,
                       coalesce(s.rated_excellent, 0) as excellent, coalesce(s.rated_good, 0) as good,
                       coalesce(s.rated_completed, 0) as completed, coalesce(s.rated_not_completed, 0) as not_completed
                """ + branches(filter) + " order by " + SORTS.getOrDefault(filter.sort(), SORTS.get("name"));
    }

    private MapSqlParameterSource params(Filter filter) {
        return new MapSqlParameterSource("path", filter.path()).addValue("period", Date.valueOf(filter.period().atDay(1)))
                .addValue("pilot", filter.pilot()).addValue("onTimeDay", properties.onTimeDay());
    }

    /**
     * PostgreSQL plans this transaction's statements for the subtree asked for instead of keeping
     * one plan per statement: a commune's 20 branches are best read through the path index and
     * sorted, a province's 3,000 in name order through the branches' sort index, stopping at the
     * page. Target: the province's branch table under 150 ms p95 at 16 connections. A plan kept for
     * every node (it estimates a subtree at 16 branches) sorted the whole province on every page:
     * 60 ms of SQL a request, against half a millisecond of planning with this setting.
     */
    private void planForTheSubtree() {
        jdbc.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");
    }

    @Transactional(readOnly = true)
    public Page<BranchRow> page(Filter filter, int page, int size) {
        planForTheSubtree();
        long total = jdbc.queryForObject("select count(*)" + branches(filter), params(filter), Long.class);
        List<BranchRow> rows = jdbc.query(rows(filter) + " limit :limit offset :offset",
                params(filter).addValue("limit", size).addValue("offset", (long) page * size), (rs, i) -> row(rs));
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** Every row, one at a time, for exports of any size. */
    @Transactional(readOnly = true)
    public void each(Filter filter, Consumer<BranchRow> consumer) {
        planForTheSubtree();
        jdbc.query(rows(filter), params(filter), rs -> {
            consumer.accept(row(rs));
        });
    }

    private static BranchRow row(ResultSet rs) throws SQLException {
        Date held = rs.getDate("held_on");
        return new BranchRow(rs.getLong("id"), rs.getString("name"), rs.getString("parent_name"), rs.getBoolean("pilot"),
                rs.getString("meeting_status"), held == null ? null : held.toLocalDate(), rs.getBoolean("late"),
                rs.getInt("roll_total"), rs.getInt("present"), rs.getInt("expected"),
                (Integer) rs.getObject("quality_score"), rs.getInt("excellent"), rs.getInt("good"),
                rs.getInt("completed"), rs.getInt("not_completed"));
    }
}
