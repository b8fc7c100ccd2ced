package vn.chibo.organization;

import java.util.List;

/** A node and the nodes above it, root first: what a page needs for its heading and breadcrumb. */
public record Trail(OrganizationSummary node, List<OrganizationSummary> ancestors) {

    public Trail {
        ancestors = List.copyOf(ancestors);
    }

    /** The committee just above the node, or null for the root. */
    public OrganizationSummary parent() {
        return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    }
}
