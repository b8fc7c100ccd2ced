package vn.chibo.organization;

/**
 * The order in which a node's children are listed everywhere (committees first, then branches, by
 * name): the order of {@code organization_children_idx} (V1), which a statement follows only when it
 * sorts by these very expressions, so every list of children uses this one.
 */
public final class Children {

    /** An ORDER BY list for children named {@code c}. */
    public static final String ORDER = "c.kind = 'BRANCH', c.sort_key, c.id";

    private Children() {
    }
}
