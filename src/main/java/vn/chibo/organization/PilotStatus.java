package vn.chibo.organization;

/** A branch's standing in the "Chi bộ điểm toàn diện" programme. */
public enum PilotStatus {
    ENROLLED,
    RECOGNIZED,
    WITHDRAWN
}
