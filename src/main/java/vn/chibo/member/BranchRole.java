package vn.chibo.member;

public enum BranchRole {
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY_SECRETARY,
    /** Chi ủy viên. */
    COMMITTEE_MEMBER,
    /** Đảng viên. */
    MEMBER;

    /** Secretaries and deputies chair meetings and record the branch's month. */
    public boolean leadsBranch() {
        return this == SECRETARY || this == DEPUTY_SECRETARY;
    }
}
