package vn.chibo.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks looked up by member. */
final class AttendanceMarks {

    private AttendanceMarks() {
    }

    static Map<Long, AttendanceMark> byMember(List<AttendanceMark> marks) {
        Map<Long, AttendanceMark> byMember = new HashMap<>();
        for (AttendanceMark mark : marks) {
            byMember.put(mark.memberId(), mark);
        }
        return byMember;
    }
}
