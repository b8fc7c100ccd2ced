package vn.chibo.member;

/**
 * A member on a branch's roll for one month, with what the month's rules need to know:
 * whether they were a full member (probationary members do not vote) and whether they were
 * exempt from activity.
 */
public record RollMember(long id, String fullName, BranchRole branchRole, boolean full, boolean exempt) {
}
