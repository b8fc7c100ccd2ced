package vn.chibo.member;

/** Dự bị / chính thức: probationary members do not vote. */
public enum MembershipStatus {
    PROBATIONARY,
    FULL
}
