package vn.chibo.organization;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.Role;

/** What the tree's management pages show, to those who may use them. */
@Service
@Transactional(readOnly = true)
class TreePages {

    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final Clock clock;

    TreePages(OrganizationService organizations, AccessPolicy access, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The tops of the tree the user may open; an administrator may make a new one. */
    Roots roots() {
        List<OrganizationSummary> roots = jdbc.sql("select id from organization where parent_id is null order by id")
                .query(Long.class).list().stream().map(organizations::get)
                .filter(organizations::canView).toList();
        boolean admin = access.currentUser().hasRole(Role.ADMIN);
        if (roots.isEmpty() && !admin) {
            throw new AccessDeniedException("no organization to show");
        }
        return new Roots(roots, admin);
    }

    ChildPage newChild(long parentId) {
        Trail trail = organizations.visibleTrail(parentId);
        if (!organizations.mayAddUnder(trail.node())) {
            throw new AccessDeniedException("organizations are added by the committee above");
        }
        return new ChildPage(trail.node(), trail(trail));
    }

    ManagePage manage(long id) {
        Trail trail = organizations.visibleTrail(id);
        OrganizationSummary node = trail.node();
        boolean changes = organizations.mayChange(node);
        boolean theme = !node.isBranch() && access.manages(node.path());
        if (!changes && !theme) {
            throw new AccessDeniedException("organization " + node.path() + " is managed by the committee above");
        }
        PilotInfo pilot = node.isBranch() ? organizations.pilotOf(id).orElse(null) : null;
        String currentTheme = theme ? organizations.workTheme(id, Year.now(clock).getValue()).orElse(null) : null;
        return new ManagePage(node, trail(trail), changes, theme, pilot, currentTheme, organizations.ownPlace(id));
    }

    private List<OrganizationSummary> trail(Trail trail) {
        List<OrganizationSummary> nodes = new ArrayList<>(organizations.visible(trail.ancestors()));
        nodes.add(trail.node());
        return nodes;
    }

    record Roots(List<OrganizationSummary> roots, boolean mayCreate) {
    }

    record ChildPage(OrganizationSummary parent, List<OrganizationSummary> trail) {
    }

    record ManagePage(OrganizationSummary node, List<OrganizationSummary> trail, boolean changes, boolean setsTheme,
                      PilotInfo pilot, String theme, String place) {
    }
}
