package vn.chibo.meeting;

/** Có mặt / vắng có lý do / vắng không lý do / miễn sinh hoạt / đi công tác. */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    UNEXCUSED,
    EXEMPT,
    ON_DUTY
}
