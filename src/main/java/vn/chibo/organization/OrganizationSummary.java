package vn.chibo.organization;

/** What other features need to know of a node: its name, kind and place in the tree. */
public record OrganizationSummary(long id, Long parentId, OrganizationKind kind, BranchKind branchKind,
                                  String name, String code, String path) {

    public boolean isBranch() {
        return kind == OrganizationKind.BRANCH;
    }
}
