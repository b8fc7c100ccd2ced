package vn.chibo.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads nodes as summaries straight from SQL, for the reads every page makes (the node asked for,
 * with the trail above it in the same statement): a third of the work of loading and tracking
 * entities that are never changed here.
 */
@Component
class OrganizationReads {

    private static final String COLUMNS = "select id, parent_id, kind, branch_kind, name, code, path, dissolved_on from organization";

    private static final RowMapper<OrganizationSummary> SUMMARY = (row, n) -> new OrganizationSummary(
            row.getLong("id"), row.getObject("parent_id", Long.class), OrganizationKind.valueOf(row.getString("kind")),
            row.getString("branch_kind") == null ? null : BranchKind.valueOf(row.getString("branch_kind")),
            row.getString("name"), row.getString("code"), row.getString("path"),
            row.getObject("dissolved_on", java.time.LocalDate.class));

    private final JdbcClient jdbc;

    OrganizationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganizationSummary> get(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(SUMMARY).optional();
    }

    Optional<OrganizationSummary> byCode(String code) {
        return jdbc.sql(COLUMNS + " where code = ?").param(code).query(SUMMARY).optional();
    }

    /** The branches under a node, by name, up to a limit: the choices offered for a transfer. */
    List<OrganizationSummary> branchesUnder(String path, int limit) {
        return jdbc.sql(COLUMNS + " where in_subtree(path, ?) and kind = 'BRANCH' order by sort_key, id limit ?")
                .params(path, limit).query(SUMMARY).list();
    }

    /**
     * The node and its ancestors, root first and the node last, in one statement (the ids are those
     * of its path); empty when there is no such node.
     */
    List<OrganizationSummary> trail(long id) {
        return jdbc.sql("""
                        select a.id, a.parent_id, a.kind, a.branch_kind, a.name, a.code, a.path, a.dissolved_on
                          from organization n
                          join organization a on a.id = any(string_to_array(btrim(n.path, '/'), '/')::bigint[])
                         where n.id = ?
                         order by length(a.path)""")
                .param(id).query(SUMMARY).list();
    }

    /** Head counts of everything under a node, from {@code organization_roll} (zeros for an empty node). */
    OrganizationService.SubtreeTotals totals(long id) {
        return jdbc.sql("""
                        select coalesce(r.branches, 0), coalesce(r.pilot_branches, 0), coalesce(r.members, 0),
                               coalesce(r.full_members, 0), coalesce(r.probationary, 0), coalesce(r.exempt, 0)
                          from (select 1) one left join organization_roll r on r.organization_id = ?""")
                .param(id)
                .query((row, n) -> new OrganizationService.SubtreeTotals(row.getLong(1), row.getLong(2),
                        row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)))
                .single();
    }

    Optional<String> workTheme(long organizationId, int year) {
        return jdbc.sql("select theme from work_theme where organization_id = ? and year = ?")
                .params(organizationId, year).query(String.class).optional();
    }

    /** The place name set on the organization itself, if any. */
    String ownPlace(long organizationId) {
        return jdbc.sql("select place from organization where id = ?").param(organizationId)
                .query(String.class).optional().orElse(null);
    }

    /** The place name of the organization's documents: its own, or the nearest one set above it. */
    Optional<String> place(String path) {
        return jdbc.sql("""
                        select place from organization
                         where in_subtree(?, path) and place is not null
                         order by length(path) desc limit 1""")
                .param(path).query(String.class).optional();
    }
}
