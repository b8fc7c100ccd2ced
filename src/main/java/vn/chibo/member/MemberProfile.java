package vn.chibo.member;

import java.time.LocalDate;

/**
 * A member as pages show them, with their branch; one who left carries why ({@code leftAs}: transferred
 * out of the tree, died, removed or expelled; null for a row whose history does not say).
 */
public record MemberProfile(long id, String fullName, Gender gender, LocalDate birthDate, String partyCardNumber,
                            LocalDate admittedOn, LocalDate fullMembershipOn, MembershipStatus status,
                            BranchRole branchRole, String jobTitle, boolean leadershipPost, boolean exempt,
                            LocalDate exemptFrom, LocalDate exemptUntil, LocalDate leftOn, MemberEventKind leftAs,
                            long branchId, String branchName, String branchPath, String phone, String email) {

    public boolean active() {
        return leftOn == null;
    }
}
