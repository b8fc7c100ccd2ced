package vn.chibo.meeting;

/** A meeting is planned, then held, then finalized (locked). */
public enum MeetingStatus {
    PLANNED,
    HELD,
    FINALIZED
}
