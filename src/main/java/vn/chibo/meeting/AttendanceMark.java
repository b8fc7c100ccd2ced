package vn.chibo.meeting;

/** One member's mark at a meeting, as pages and counts read it. */
record AttendanceMark(long memberId, AttendanceStatus status, String reason) {
}
