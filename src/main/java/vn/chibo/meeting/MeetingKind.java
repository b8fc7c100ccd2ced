package vn.chibo.meeting;

/** Thường kỳ / chuyên đề / thường kỳ kết hợp chuyên đề / bất thường. */
public enum MeetingKind {
    REGULAR,
    THEMATIC,
    COMBINED,
    EXTRAORDINARY
}
