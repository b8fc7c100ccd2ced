package vn.chibo.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads nodes as summaries straight from SQL, for the reads every page makes (the trail above a
 * node): one statement with one array parameter, whatever the number of nodes, and no entities to
 * build and track.
 */
@Component
class OrganizationSummaries {

    private final JdbcClient jdbc;

    OrganizationSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nodes with these ids, in no particular order; ids that do not exist are left out. */
    List<OrganizationSummary> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, parent_id, kind, branch_kind, name, code, path
                          from organization where id = any(?)""")
                .param(ids.toArray(Long[]::new))
                .query((row, n) -> new OrganizationSummary(row.getLong("id"), row.getObject("parent_id", Long.class),
                        OrganizationKind.valueOf(row.getString("kind")),
                        row.getString("branch_kind") == null ? null : BranchKind.valueOf(row.getString("branch_kind")),
                        row.getString("name"), row.getString("code"), row.getString("path")))
                .list();
    }
}
