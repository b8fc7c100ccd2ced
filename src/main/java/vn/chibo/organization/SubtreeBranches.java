package vn.chibo.organization;

/**
 * SQL for statements that list the members of a subtree's branches, branch by branch in name
 * order: the branches come sorted first (a few thousand at most), so PostgreSQL keeps their order
 * through the joins to their members and sorts only each branch's own rows; a page stops after its
 * rows instead of joining and sorting every member of the subtree.
 */
public final class SubtreeBranches {

    /**
     * A FROM item named {@code b}: the branches under {@code :path} with their id, parent_id,
     * branch_kind, name and sort_key, ordered by sort key then id. The statement orders by
     * {@code b.sort_key, b.id} first.
     */
    public static final String IN_ORDER = " (select id, parent_id, branch_kind, name, sort_key from organization"
            + " where in_subtree(path, :path) and kind = 'BRANCH' order by sort_key, id) b ";

    private SubtreeBranches() {
    }
}
