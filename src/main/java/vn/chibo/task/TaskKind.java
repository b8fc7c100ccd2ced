package vn.chibo.task;

/** Chuyên môn / công tác Đảng / đoàn thể – xã hội. */
public enum TaskKind {
    PROFESSIONAL,
    PARTY,
    MASS_ORGANIZATION
}
