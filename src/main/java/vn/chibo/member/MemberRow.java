package vn.chibo.member;

/** One line of a branch's roll. */
public record MemberRow(long id, String fullName, MembershipStatus status, BranchRole branchRole, String jobTitle,
                        boolean exempt, boolean leadershipPost) {
}
