package vn.chibo.security;

/** What an account may do; an account may hold several. */
public enum Role {
    /** Manages accounts and the tree; sees everything. */
    ADMIN,
    /** District (or commune-level) committee staff: reads everything under its organization. */
    DISTRICT_STAFF,
    /** Secretary or deputy secretary of one branch: that branch only. */
    SECRETARY,
    /** A party member: only themself. */
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
