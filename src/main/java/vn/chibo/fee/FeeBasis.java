package vn.chibo.fee;

/** What a member's monthly party fee is reckoned from (DOMAIN.md: đảng phí). */
public enum FeeBasis {
    /** A share of the salary (about 1 %), for members with one. */
    SALARY_SHARE,
    /** A fixed amount, for members without a salary (students, farmers, pensioners at a lower rate). */
    FIXED
}
