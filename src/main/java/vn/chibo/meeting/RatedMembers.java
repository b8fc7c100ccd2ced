package vn.chibo.meeting;

import java.util.List;
import vn.chibo.member.RollMember;

/** Who is rated for the month: everyone on the roll who is not exempt from activity. */
final class RatedMembers {

    private RatedMembers() {
    }

    static List<Long> of(List<RollMember> roll, Meeting meeting) {
        return roll.stream()
                .filter(member -> !member.exempt())
                .filter(member -> meeting.attendanceOf(member.id())
                        .map(mark -> mark.status() != AttendanceStatus.EXEMPT).orElse(true))
                .map(RollMember::id)
                .toList();
    }
}
