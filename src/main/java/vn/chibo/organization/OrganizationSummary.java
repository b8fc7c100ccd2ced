package vn.chibo.organization;

import java.time.LocalDate;
import java.time.YearMonth;

/** What other features need to know of a node: its name, kind and place in the tree. */
public record OrganizationSummary(long id, Long parentId, OrganizationKind kind, BranchKind branchKind,
                                  String name, String code, String path, LocalDate dissolvedOn) {

    /** Dissolved before the given month began: it opens no meeting for it. */
    public boolean dissolvedBefore(YearMonth period) {
        return dissolvedOn != null && YearMonth.from(dissolvedOn).isBefore(period);
    }

    public boolean isBranch() {
        return kind == OrganizationKind.BRANCH;
    }
}
