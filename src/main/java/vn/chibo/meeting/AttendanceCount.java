package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chibo.meeting.MeetingPage.Absence;
import vn.chibo.meeting.MeetingPage.AttendanceSummary;
import vn.chibo.member.RollMember;

/**
 * The roll summary the chair reads out: how many members, exempt, present, absent with their
 * reasons, and the voting base: full members, less the exempt and those absent with a reason.
 */
final class AttendanceCount {

    private AttendanceCount() {
    }

    static AttendanceSummary of(List<RollMember> roll, Map<Long, AttendanceMark> marks) {
        int exempt = 0;
        int present = 0;
        int excused = 0;
        int onDuty = 0;
        int unexcused = 0;
        int unrecorded = 0;
        int full = 0;
        int eligible = 0;
        int presentVoters = 0;
        List<Absence> absences = new ArrayList<>();
        for (RollMember member : roll) {
            AttendanceMark mark = marks.get(member.id());
            AttendanceStatus status = mark == null ? null : mark.status();
            if (member.full()) {
                full++;
            }
            if (status == null) {
                unrecorded++;
                continue;
            }
            switch (status) {
                case EXEMPT -> exempt++;
                case PRESENT -> present++;
                case EXCUSED -> excused++;
                case ON_DUTY -> onDuty++;
                case UNEXCUSED -> unexcused++;
            }
            if (status != AttendanceStatus.PRESENT && status != AttendanceStatus.EXEMPT) {
                absences.add(new Absence(member.fullName(), status, mark.reason()));
            }
            boolean votes = member.full() && status != AttendanceStatus.EXEMPT && !status.isExcusedAbsence();
            if (votes) {
                eligible++;
                if (status == AttendanceStatus.PRESENT) {
                    presentVoters++;
                }
            }
        }
        return new AttendanceSummary(roll.size(), exempt, present, excused, onDuty, unexcused, unrecorded, full,
                eligible, presentVoters, absences);
    }
}
