package vn.chibo.organization;

/** The kind of a node of the party tree. Every kind but {@link #BRANCH} is a committee. */
public enum OrganizationKind {
    /** Đảng bộ tỉnh. */
    PROVINCE_COMMITTEE,
    /** Đảng bộ huyện (before July 2025). */
    DISTRICT_COMMITTEE,
    /** Đảng bộ xã, phường, thị trấn. */
    COMMUNE_COMMITTEE,
    /** Đảng bộ cơ sở: an agency block, an enterprise, ... */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ: the leaf where members meet. */
    BRANCH
}
