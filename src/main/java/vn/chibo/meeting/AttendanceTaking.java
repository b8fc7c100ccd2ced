package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * Điểm danh, the way a paper roll is entered afterwards: everyone present first, then the
 * exceptions. Every member on the month's roll appears once; an excused absence needs a reason.
 */
@Service
@Transactional
public class AttendanceTaking {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final AuditService audit;

    AttendanceTaking(MeetingAccess meetingAccess, MemberService members, AuditService audit) {
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.audit = audit;
    }

    public record Mark(AttendanceStatus status, String reason) {
    }

    /** Marks everyone not yet on the roll call as present (the exempt as exempt); keeps what was entered. */
    public void allPresent(long meetingId, long version) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        Set<Long> marked = meeting.attendanceByMember().keySet();
        for (RollMember member : members.roll(meeting.getBranchId(), meeting.getPeriod())) {
            if (!marked.contains(member.id())) {
                AttendanceStatus status = member.exempt() ? AttendanceStatus.EXEMPT : AttendanceStatus.PRESENT;
                meeting.mark(member.id(), status, null);
                audit.record(AuditSubject.of("attendance", meetingId).meeting(meetingId).member(member.id()), "MARK",
                        "member " + member.id() + ": - -> " + status);
            }
        }
    }

    /**
     * Records the marks given; refuses all of them, changing nothing, if any member is not on the
     * roll, an excused absence has no reason, or the chair or the recorder is marked absent. Problems name the field {@code marks[memberId]}.
     */
    public void record(long meetingId, long version, Map<Long, Mark> marks) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        Set<Long> roll = members.roll(meeting.getBranchId(), meeting.getPeriod()).stream()
                .map(RollMember::id).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Long, Mark> entry : marks.entrySet()) {
            Mark mark = entry.getValue();
            if (!roll.contains(entry.getKey())) {
                problems.add(new Problem(null, "meeting.attendance.error.notOnRoll"));
            } else if (mark == null || mark.status() == null) {
                continue;
            } else if (mark.status().needsReason() && (mark.reason() == null || mark.reason().isBlank())) {
                problems.add(new Problem("marks[" + entry.getKey() + "].reason", "meeting.attendance.error.reason"));
            } else if (mark.reason() != null && mark.reason().length() > 500) {
                problems.add(new Problem("marks[" + entry.getKey() + "].reason", "meeting.attendance.error.reasonLength"));
            } else if (mark.status() != AttendanceStatus.PRESENT && entry.getKey().equals(meeting.getChairId())) {
                problems.add(new Problem("marks[" + entry.getKey() + "].status", "meeting.attendance.error.chairAbsent"));
            } else if (mark.status() != AttendanceStatus.PRESENT && entry.getKey().equals(meeting.getRecorderId())) {
                problems.add(new Problem("marks[" + entry.getKey() + "].status", "meeting.attendance.error.recorderAbsent"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Map.Entry<Long, Mark> entry : marks.entrySet()) {
            Mark mark = entry.getValue();
            if (mark == null || mark.status() == null) {
                continue;
            }
            String before = meeting.attendanceOf(entry.getKey())
                    .map(row -> row.status() + (row.reason() == null ? "" : " (" + row.reason() + ")")).orElse("-");
            meeting.mark(entry.getKey(), mark.status(), mark.reason());
            String after = meeting.attendanceOf(entry.getKey())
                    .map(row -> row.status() + (row.reason() == null ? "" : " (" + row.reason() + ")")).orElse("-");
            if (!before.equals(after)) {
                audit.record(AuditSubject.of("attendance", meetingId).meeting(meetingId).member(entry.getKey()), "MARK",
                        "member " + entry.getKey() + ": " + before + " -> " + after);
            }
        }
    }
}
