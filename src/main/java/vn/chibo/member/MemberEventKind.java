package vn.chibo.member;

/** What happened in a member's party life on a day (DOMAIN.md, "A member's party life"). */
public enum MemberEventKind {
    /** Kết nạp: admitted to a branch, probationary. */
    ADMITTED,
    /** Chuyển đến: came from outside the tree into a branch. */
    TRANSFERRED_IN,
    /** Công nhận đảng viên chính thức. */
    RECOGNIZED_FULL,
    /** Miễn công tác và sinh hoạt đảng, from a day, until a day or further notice. */
    EXEMPTED,
    /** Chuyển sinh hoạt to another branch of the tree: on its roll from that month. */
    TRANSFERRED,
    /** Chuyển sinh hoạt đi: out of the tree. */
    TRANSFERRED_OUT,
    /** Từ trần. */
    DIED,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED,
    /** A role in the branch from a day (secretary, deputy, committee member, or none). */
    ROLE_CHANGED;

    /** The member is no longer in the party's tree after it. */
    public boolean leaves() {
        return this == TRANSFERRED_OUT || this == DIED || this == REMOVED || this == EXPELLED;
    }

    /** The member arrives in a branch with it. */
    public boolean arrives() {
        return this == ADMITTED || this == TRANSFERRED_IN;
    }

    /** The changes the committee above records on the history page (arrivals come with a new member). */
    public boolean recordedLater() {
        return !arrives();
    }
}
