package vn.chibo.meeting;

/** Có mặt / vắng có lý do / vắng không lý do / miễn sinh hoạt / đi công tác. */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    UNEXCUSED,
    EXEMPT,
    ON_DUTY;

    /** An excused absence must say why. */
    public boolean needsReason() {
        return this == EXCUSED;
    }

    /** Excused and away on duty are absences with a reason: they leave the voting base. */
    public boolean isExcusedAbsence() {
        return this == EXCUSED || this == ON_DUTY;
    }
}
