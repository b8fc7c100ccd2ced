package vn.chibo.organization;

public enum BranchKind {
    /** Chi bộ trực thuộc: under a grassroots committee. */
    DEPENDENT,
    /** Chi bộ cơ sở: directly under a higher committee. */
    GRASSROOTS
}
