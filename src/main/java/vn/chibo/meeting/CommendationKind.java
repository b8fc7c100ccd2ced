package vn.chibo.meeting;

/** Biểu dương / phê bình. */
public enum CommendationKind {
    COMMENDATION,
    CRITICISM
}
