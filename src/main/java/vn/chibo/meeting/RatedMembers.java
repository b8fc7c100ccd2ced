package vn.chibo.meeting;

import java.util.List;
import java.util.Map;
import vn.chibo.member.RollMember;

/** Who is rated for the month: everyone on the roll who is not exempt from activity. */
final class RatedMembers {

    private RatedMembers() {
    }

    static List<Long> of(List<RollMember> roll, Meeting meeting) {
        return of(roll, meeting.attendanceByMember());
    }

    static List<Long> of(List<RollMember> roll, Map<Long, AttendanceMark> marks) {
        return roll.stream()
                .filter(member -> !member.exempt())
                .filter(member -> marks.get(member.id()) == null
                        || marks.get(member.id()).status() != AttendanceStatus.EXEMPT)
                .map(RollMember::id)
                .toList();
    }
}
