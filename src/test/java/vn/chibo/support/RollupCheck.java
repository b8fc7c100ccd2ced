package vn.chibo.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recounts every summary and roll-up of one subtree from the base tables, in a transaction that
 * is rolled back, and says how many rows differ from what the database kept incrementally.
 * An empty answer means every figure the dashboards read is exact.
 */
public final class RollupCheck {

    private static final String MONTH_FIGURES = "held, finalized, late, late_open, present, expected, quality_good, "
            + "quality_fair, quality_average, quality_poor, rated_excellent, rated_good, rated_completed, "
            + "rated_not_completed";

    private RollupCheck() {
    }

    /** Table name to number of differing rows, only the tables that differ, for everything under {@code path}. */
    public static Map<String, Long> differences(JdbcTemplate jdbc, String path) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Map<String, Long> differences = new LinkedHashMap<>();
            String nodes = "(select id from organization where path like '" + path.replace("'", "''") + "%')";
            String zero = "(" + MONTH_FIGURES + ") <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)";

            jdbc.execute("create temp table kept_branch on commit drop as select * from branch_month_summary"
                    + " where branch_id in " + nodes);
            jdbc.execute("create temp table kept_org on commit drop as select * from organization_month_summary"
                    + " where organization_id in " + nodes + " and " + zero);
            String stintMembers = "(select s.member_id from member_stint s where s.branch_id in " + nodes + ")";
            jdbc.execute("create temp table kept_flags on commit drop as select * from member_year_flag"
                    + " where member_id in " + stintMembers);
            // The flags by organization, from member_year_flag as kept (before the recount below rewrites it).
            differences.put("organization_flag_month", differing(jdbc,
                    "select * from organization_flag_month where members <> 0 and organization_id in " + nodes, """
                    select a.id, u.year, e.kind, e.k, e.month, count(*)::int
                      from member_year_flag u
                      join organization b on b.id = u.branch_id
                      cross join lateral (select 'ABSENT'::varchar as kind, t.k::smallint as k, t.month
                                            from unnest(u.absent_months) with ordinality as t(month, k)
                                          union all
                                          select 'UNPAID', t.k::smallint, t.month
                                            from unnest(u.unpaid_months) with ordinality as t(month, k)) e
                      cross join lateral unnest(path_ids(b.path)) as a(id)
                     where a.id in\s""" + nodes + " group by 1, 2, 3, 4, 5"));
            // The pilot figures each year as the dashboards read them, against the branches enrolled that year.
            String years = """
                    (select generate_series(coalesce(least((select min(extract(year from enrolled_on))::int
                                                              from pilot_enrollment),
                                                           (select min(year) from organization_pilot_year)), 2000),
                                            extract(year from current_date)::int + 1) as year)""";
            differences.put("organization_pilot_year", differing(jdbc, """
                    select o.id, y.year,
                           (coalesce(sum(k.entered), 0) - coalesce(sum(k.ended) filter (where k.year < y.year), 0))::int,
                           coalesce(sum(k.with_plan) filter (where k.year = y.year), 0)::int,
                           coalesce(sum(k.solutions) filter (where k.year = y.year), 0)::int,
                           coalesce(sum(k.achieved) filter (where k.year = y.year), 0)::int,
                           coalesce(sum(k.recognized) filter (where k.year = y.year), 0)::int
                      from organization o cross join\s""" + years + """
                     y left join organization_pilot_year k on k.organization_id = o.id and k.year <= y.year
                     where o.id in\s""" + nodes + """
                     group by o.id, y.year
                    having (coalesce(sum(k.entered), 0) - coalesce(sum(k.ended) filter (where k.year < y.year), 0),
                            coalesce(sum(k.with_plan) filter (where k.year = y.year), 0),
                            coalesce(sum(k.solutions) filter (where k.year = y.year), 0),
                            coalesce(sum(k.achieved) filter (where k.year = y.year), 0),
                            coalesce(sum(k.recognized) filter (where k.year = y.year), 0)) <> (0, 0, 0, 0, 0)""", """
                    select a.id, y.year, count(*)::int, count(*) filter (where s.solutions > 0)::int,
                           sum(s.solutions)::int, sum(s.achieved)::int, count(*) filter (where r.recognized)::int
                      from\s""" + years + """
                     y join pilot_enrollment e on e.enrolled_on <= make_date(y.year, 12, 31)
                                           and (e.ended_on is null or e.ended_on >= make_date(y.year, 1, 1))
                      join organization b on b.id = e.branch_id
                      cross join lateral unnest(path_ids(b.path)) as a(id)
                      cross join lateral (select count(*) as solutions, count(*) filter (where status = 'ACHIEVED') as achieved
                                            from pilot_solution where branch_id = e.branch_id and year = y.year) s
                      left join pilot_recognition r on r.branch_id = e.branch_id and r.year = y.year
                     where a.id in\s""" + nodes + " group by a.id, y.year"));
            // Recount the branches' months from the base tables, then the roll-up from nothing.
            jdbc.queryForObject("select refresh_branch_month_summary(array" + nodes
                    + ", '-infinity', 'infinity')", Integer.class);
            jdbc.execute("select rebuild_organization_month_summary()");

            differences.put("branch_month_summary", differing(jdbc, "kept_branch",
                    "select * from branch_month_summary where branch_id in " + nodes));
            differences.put("organization_month_summary", differing(jdbc, "kept_org",
                    "select * from organization_month_summary where organization_id in " + nodes + " and " + zero));
            differences.put("member_year_flag", differing(jdbc, "kept_flags",
                    "select * from member_year_flag where member_id in " + stintMembers));
            differences.put("organization_roll", differing(jdbc,
                    "select organization_id, members, full_members, probationary, exempt, branches, pilot_branches"
                            + " from organization_roll where organization_id in " + nodes
                            + " and (members, full_members, probationary, exempt, branches, pilot_branches)"
                            + " <> (0, 0, 0, 0, 0, 0)", """
                    select a.id, coalesce(m.members, 0)::int, coalesce(m.full_members, 0)::int,
                           coalesce(m.probationary, 0)::int, coalesce(m.exempt, 0)::int,
                           (select count(*) from organization b where b.kind = 'BRANCH' and b.dissolved_on is null
                              and b.path like o.path || '%')::int,
                           (select count(*) from organization b join pilot_enrollment p on p.branch_id = b.id
                             where p.status <> 'WITHDRAWN' and b.dissolved_on is null
                               and b.path like o.path || '%')::int
                      from (select id from organization) a
                      join organization o on o.id = a.id
                      left join (select x.id, count(*) as members, count(*) filter (where m.status = 'FULL') as full_members,
                                        count(*) filter (where m.status = 'PROBATIONARY') as probationary,
                                        count(*) filter (where m.exempt) as exempt
                                   from member m join organization b on b.id = m.branch_id
                                  cross join lateral unnest(path_ids(b.path)) as x(id)
                                  where m.left_on is null group by x.id) m on m.id = a.id
                     where a.id in\s""" + nodes + """
                       and (coalesce(m.members, 0), (select count(*) from organization b
                            where b.kind = 'BRANCH' and b.dissolved_on is null and b.path like o.path || '%'))
                           <> (0, 0)"""));
            differences.put("organization_open_task", differing(jdbc,
                    "select * from organization_open_task where organization_id in " + nodes, """
                    select a.id, t.due_on, count(*)::int
                      from task t join organization b on b.id = t.branch_id
                      cross join lateral unnest(path_ids(b.path)) as a(id)
                     where t.result in ('NOT_STARTED', 'IN_PROGRESS') and a.id in\s""" + nodes
                            + " group by a.id, t.due_on"));
            differences.put("organization_roll.open_tasks", differing(jdbc,
                    "select organization_id, open_tasks from organization_roll where open_tasks <> 0 and organization_id in "
                            + nodes, """
                    select a.id, count(*)::int
                      from task t join organization b on b.id = t.branch_id
                      cross join lateral unnest(path_ids(b.path)) as a(id)
                     where t.result in ('NOT_STARTED', 'IN_PROGRESS') and a.id in\s""" + nodes + " group by a.id"));
            String members = "(select m.id from member m where m.branch_id in " + nodes + ")";
            differences.put("member_year_rating", differing(jdbc,
                    "select * from member_year_rating where (excellent, good, completed, not_completed) <> (0, 0, 0, 0)"
                            + " and member_id in " + members, """
                    select member_id, extract(year from period)::int,
                           count(*) filter (where final_level = 'EXCELLENT')::int, count(*) filter (where final_level = 'GOOD')::int,
                           count(*) filter (where final_level = 'COMPLETED')::int,
                           count(*) filter (where final_level = 'NOT_COMPLETED')::int
                      from monthly_rating
                     where final_level is not null and member_id in\s""" + members + " group by 1, 2"));
            differences.values().removeIf(count -> count == 0);
            return differences;
        });
    }

    private static long differing(JdbcTemplate jdbc, String kept, String fresh) {
        String left = kept.startsWith("select") ? kept : "select * from " + kept;
        return jdbc.queryForObject("select count(*) from ((" + left + " except all " + fresh + ") union all ("
                + fresh + " except all " + left + ")) d", Long.class);
    }
}
