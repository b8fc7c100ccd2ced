package vn.chibo.annual;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.chibo.organization.SubtreeBranches;
import vn.chibo.rating.RatingLevel;

/** What the annual classification reads for a subtree and a year, in a fixed number of queries. */
@Repository
class AnnualQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AnnualQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A member with their branch and grassroots organization (a branch's committee, or a chi bộ cơ sở itself). */
    record Person(long id, String fullName, long branchId, String branchName, long unitId, String unitName) {
    }

    private static MapSqlParameterSource year(String path, int year) {
        return new MapSqlParameterSource("path", path).addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 1)))
                .addValue("lastDay", Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    /** A member (m) on a roll at some time during the year. */
    private static final String ON_A_ROLL = "m.admitted_on <= :lastDay and (m.left_on is null or m.left_on >= :from)";

    /** Members (m) of the subtree's branches (b) on a roll during the year: what the report counts. */
    private static final String PEOPLE_WHERE = " where in_subtree(b.path, :path) and " + ON_A_ROLL + "\n";

    /**
     * The value of {@code quota_clock} (V2), which moves with every committed change to what
     * {@link #tallies} counts; none inside a transaction that has written anything, whose own
     * changes move it only as it commits.
     */
    Long quotaClock() {
        return jdbc.getJdbcOperations().queryForObject(
                "select case when pg_current_xact_id_if_assigned() is null then version end from quota_clock", Long.class);
    }

    /** Members of the subtree's branches who were on a roll during the year, branch by branch, Vietnamese order. */
    List<Person> people(String path, int year) {
        return people(path, year, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of {@link #people(String, int)}. The branches come in order before their members are
     * read, so PostgreSQL only sorts each branch's members and stops after the page (a province's
     * first page: 11 ms, against 260 ms when it joined and sorted all its members).
     */
    List<Person> people(String path, int year, long offset, int limit) {
        return jdbc.query("""
                select m.id, m.full_name, b.id as branch_id, b.name as branch_name,
                       case when b.branch_kind = 'GRASSROOTS' then b.id else u.id end as unit_id,
                       case when b.branch_kind = 'GRASSROOTS' then b.name else u.name end as unit_name
                  from""" + SubtreeBranches.IN_ORDER + """
                  join member m on m.branch_id = b.id
                  join organization u on u.id = b.parent_id
                 where\s""" + ON_A_ROLL + " order by b.sort_key, b.id, m.sort_key, m.id offset :offset limit :limit",
                year(path, year).addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> new Person(rs.getLong("id"), rs.getString("full_name"), rs.getLong("branch_id"),
                        rs.getString("branch_name"), rs.getLong("unit_id"), rs.getString("unit_name")));
    }

    /**
     * The members of a grassroots unit who share one year in counts, for the quotas: how many
     * months at each level, whether disciplined, the decision if any, and how many members that is.
     */
    record Tally(long unitId, String unitName, Map<RatingLevel, Integer> months, boolean disciplined,
                 RatingLevel decided, RatingLevel branchProposed, boolean leader, long members) {
    }

    private static RatingLevel level(String name) {
        return name == null ? null : RatingLevel.valueOf(name);
    }

    /**
     * Every member of the subtree for the year counted into {@link Tally}s, units in Vietnamese
     * order: members with the same year in counts are one row, so the quotas of a province's hundred
     * thousand members come in a few thousand rows, and the tallies' members add up to the number of
     * {@link #people}. The months at each level come from {@code member_year_rating}, one row a
     * member and year, kept by a trigger on the ratings.
     */
    void tallies(String path, int year, Consumer<Tally> consumer) {
        jdbc.query("""
                select g.*, u.name as unit_name
                  from (select case when b.branch_kind = 'GRASSROOTS' then b.id else b.parent_id end as unit_id,
                               coalesce(t.excellent, 0) as excellent, coalesce(t.good, 0) as good,
                               coalesce(t.completed, 0) as completed, coalesce(t.not_completed, 0) as not_completed,
                               exists (select 1 from discipline d where d.member_id = m.id
                                          and d.decided_on between :from and :lastDay) as disciplined,
                               a.final_level as decided, a.branch_level as branch_proposed,
                               m.leadership_post as leader, count(*) as members
                          from member m
                          join organization b on b.id = m.branch_id
                          left join member_year_rating t on t.member_id = m.id and t.year = :year
                          left join annual_classification a on a.member_id = m.id and a.year = :year
                """ + PEOPLE_WHERE + """
                         group by 1, 2, 3, 4, 5, 6, 7, 8, 9) g
                 -- each unit's name looked up by its key; offset 0 keeps it a lookup (as a join, PostgreSQL
                 -- expected a thousand groups and hashed every organization)
                 cross join lateral (select name, sort_key from organization where id = g.unit_id offset 0) u
                 order by u.sort_key, g.unit_id""", year(path, year).addValue("year", year), rs -> {
                    Map<RatingLevel, Integer> months = new EnumMap<>(RatingLevel.class);
                    for (RatingLevel level : RatingLevel.values()) {
                        int count = rs.getInt(level.name().toLowerCase(Locale.ROOT));
                        if (count > 0) {
                            months.put(level, count);
                        }
                    }
                    consumer.accept(new Tally(rs.getLong("unit_id"), rs.getString("unit_name"), months,
                            rs.getBoolean("disciplined"), level(rs.getString("decided")),
                            level(rs.getString("branch_proposed")), rs.getBoolean("leader"), rs.getLong("members")));
                });
    }

    /**
     * Finalized monthly levels of the year: member id, then one slot per month (index 0 is January).
     * A member's months wherever they were rated, as {@code member_year_rating} counts them: one who
     * moved keeps the months of their former branch. For given members their ratings are read by
     * member; for a whole subtree, those of the members whose branch is in it.
     */
    Map<Long, RatingLevel[]> months(String path, int year, Collection<Long> ids) {
        Map<Long, RatingLevel[]> months = new HashMap<>();
        String whose = ids == null
                ? " join member m on m.id = r.member_id join organization b on b.id = m.branch_id"
                        + " where in_subtree(b.path, :path)"
                : " where r.member_id in (:ids)";
        jdbc.query("select r.member_id, extract(month from r.period)::int as month, r.final_level from monthly_rating r"
                + whose + " and r.period between :from and :to and r.final_level is not null",
                year(path, year).addValue("ids", ids), rs -> {
                    months.computeIfAbsent(rs.getLong("member_id"), id -> new RatingLevel[12])[rs.getInt("month") - 1] =
                            RatingLevel.valueOf(rs.getString("final_level"));
                });
        return months;
    }

    Set<Long> disciplined(String path, int year, Collection<Long> ids) {
        return new HashSet<>(jdbc.queryForList("""
                select distinct d.member_id from discipline d
                  join member m on m.id = d.member_id join organization b on b.id = m.branch_id
                 where in_subtree(b.path, :path) and d.decided_on between :from and :lastDay
                """ + (ids == null ? "" : " and d.member_id in (:ids)"),
                year(path, year).addValue("ids", ids), Long.class));
    }

    /** The committee's decision (null level until made) and the branch's proposal (null until made). */
    record Decision(RatingLevel level, String reason, String decidedBy, RatingLevel branchLevel, String branchReason) {
    }

    Map<Long, Decision> decisions(String path, int year, Collection<Long> ids) {
        Map<Long, Decision> decisions = new HashMap<>();
        jdbc.query("""
                select a.member_id, a.final_level, a.reason, a.decided_by, a.branch_level, a.branch_reason
                  from annual_classification a
                  join member m on m.id = a.member_id join organization b on b.id = m.branch_id
                 where in_subtree(b.path, :path) and a.year = :year
                   and (a.final_level is not null or a.branch_level is not null)
                """ + (ids == null ? "" : " and a.member_id in (:ids)"),
                new MapSqlParameterSource("path", path).addValue("year", year).addValue("ids", ids), rs -> {
                    decisions.put(rs.getLong("member_id"), new Decision(level(rs.getString("final_level")),
                            rs.getString("reason"), rs.getString("decided_by"), level(rs.getString("branch_level")),
                            rs.getString("branch_reason")));
                });
        return decisions;
    }

    /**
     * One page of the subtree's branches with their year (months held, months finalized, average
     * quality, members rated good or better): the page is chosen first, then each of
     * its branches reads its own months by the summary's key, whatever size the subtree is (a
     * plan PostgreSQL keeps for every node, where a join would scan a whole year of a province).
     */
    List<BranchMonths> branches(String path, int year, long offset, int limit) {
        return jdbc.query("""
                select b.id, b.name, s.held, s.finalized, s.quality, s.good_or_better, s.rated
                  from (select id, name, sort_key from organization
                         where kind = 'BRANCH' and in_subtree(path, :path)
                         order by sort_key, id offset :offset limit :limit) b
                  cross join lateral (
                       select count(*) filter (where s.meeting_status in ('HELD', 'FINALIZED')) as held,
                              count(*) filter (where s.meeting_status = 'FINALIZED') as finalized,
                              round(avg(s.quality_score)) as quality,
                              coalesce(sum(s.rated_excellent + s.rated_good), 0) as good_or_better,
                              coalesce(sum(s.rated_excellent + s.rated_good + s.rated_completed + s.rated_not_completed), 0)
                                  as rated
                         from branch_month_summary s
                        where s.branch_id = b.id and s.period between :from and :to) s
                 order by b.sort_key, b.id""",
                year(path, year).addValue("offset", offset).addValue("limit", limit),
                DataClassRowMapper.newInstance(BranchMonths.class));
    }

    /** A branch's months of the year as the summary counts them. */
    record BranchMonths(long id, String name, int held, int finalized, Integer quality, long goodOrBetter, long rated) {
    }

    long countBranches(String path) {
        return jdbc.queryForObject("select count(*) from organization where kind = 'BRANCH' and in_subtree(path, :path)",
                new MapSqlParameterSource("path", path), Long.class);
    }
}
