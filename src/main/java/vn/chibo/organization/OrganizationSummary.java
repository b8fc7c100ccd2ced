package vn.chibo.organization;

import java.util.Arrays;
import java.util.List;

/** What other features need to know of a node: its name, kind and place in the tree. */
public record OrganizationSummary(long id, Long parentId, OrganizationKind kind, BranchKind branchKind,
                                  String name, String code, String path) {

    public boolean isBranch() {
        return kind == OrganizationKind.BRANCH;
    }

    /** Ids from the root down to this node, this node last. */
    public List<Long> pathIds() {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }
}
