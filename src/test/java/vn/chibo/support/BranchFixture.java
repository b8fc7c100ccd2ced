package vn.chibo.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built branch for meeting tests: its own province, a secretary with an account, full and
 * probationary members, a member account, and a neighbouring branch with its own secretary.
 */
public final class BranchFixture {

    public static final String PASSWORD = "mat-khau-thu";

    public final long province;
    public final long branch;
    public final long neighbour;
    public final long secretary;
    public final List<Long> fullMembers = new ArrayList<>();
    public final List<Long> probationaryMembers = new ArrayList<>();
    public final String secretaryLogin;
    public final String memberLogin;
    public final String neighbourSecretaryLogin;
    public final String staffLogin;

    public BranchFixture(TreeBuilder tree, int otherFullMembers, int probationary) {
        province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy"));
        branch = tree.branch(province, TreeBuilder.unique("Chi bộ thử"));
        neighbour = tree.branch(province, TreeBuilder.unique("Chi bộ bên cạnh"));
        secretary = tree.member(branch, "Nguyễn Văn Bí", "FULL", "SECRETARY");
        fullMembers.add(secretary);
        String[] names = {"Trần Thị An", "Lê Văn Bình", "Phạm Thị Cúc", "Hoàng Văn Dũng", "Vũ Thị Giang"};
        for (int i = 0; i < otherFullMembers; i++) {
            fullMembers.add(tree.member(branch, names[i % names.length], "FULL", "MEMBER"));
        }
        for (int i = 0; i < probationary; i++) {
            probationaryMembers.add(tree.member(branch, "Đỗ Văn Dự " + (i + 1), "PROBATIONARY", "MEMBER"));
        }
        secretaryLogin = TreeBuilder.unique("bt");
        tree.account(secretaryLogin, PASSWORD, secretary, branch, "SECRETARY", "MEMBER");
        memberLogin = TreeBuilder.unique("dv");
        tree.account(memberLogin, PASSWORD, fullMembers.get(1), null, "MEMBER");
        long neighbourSecretary = tree.member(neighbour, "Bùi Văn Láng", "FULL", "SECRETARY");
        neighbourSecretaryLogin = TreeBuilder.unique("btl");
        tree.account(neighbourSecretaryLogin, PASSWORD, neighbourSecretary, neighbour, "SECRETARY", "MEMBER");
        staffLogin = TreeBuilder.unique("cb");
        tree.account(staffLogin, PASSWORD, null, province, "DISTRICT_STAFF");
    }

    public List<Long> everyone() {
        List<Long> all = new ArrayList<>(fullMembers);
        all.addAll(probationaryMembers);
        return all;
    }
}
