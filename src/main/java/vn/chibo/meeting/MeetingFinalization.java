package vn.chibo.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.meeting.MeetingIncompleteException.Missing;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.rating.RatingService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;

/**
 * Finalizing checks that the meeting is complete and locks it with its attendance and, for the
 * regular meeting, the month's ratings. Only an administrator or district staff above the branch
 * reopen it, with a reason that goes into the audit log.
 */
@Service
@Transactional
public class MeetingFinalization {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final RatingService ratings;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    MeetingFinalization(MeetingAccess meetingAccess, MemberService members, RatingService ratings,
                        AccessPolicy access, AuditService audit, Clock clock) {
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.ratings = ratings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public void finalizeMeeting(long meetingId, long version) {
        MeetingAccess.Opened opened = meetingAccess.write(meetingId, version);
        Meeting meeting = opened.meeting();
        List<RollMember> roll = members.roll(meeting.getBranchId(), meeting.getPeriod());
        List<Missing> missing = missing(meeting, roll);
        if (!missing.isEmpty()) {
            throw new MeetingIncompleteException(missing);
        }
        String by = access.currentUser().getUsername();
        meeting.finalizeBy(by, clock.instant());
        if (meeting.isRegular()) {
            ratings.finalizeMonth(meetingId, meeting.getBranchId(), meeting.getPeriod(), RatedMembers.of(roll, meeting), by);
        }
        audit.record(AuditSubject.of("meeting", meetingId).meeting(meetingId), "FINALIZE", meeting.getKind() + " " + meeting.getPeriod());
    }

    /** Refuses (403) anyone but an administrator or district staff above the meeting's branch. */
    @Transactional(readOnly = true)
    public void requireReopenAllowed(long meetingId) {
        meetingAccess.requireSupervisor(meetingAccess.read(meetingId).branch());
    }

    public void reopen(long meetingId, String reason) {
        MeetingAccess.Opened opened = meetingAccess.read(meetingId);
        meetingAccess.requireSupervisor(opened.branch());
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "meeting.reopen.error.reason");
        }
        Meeting meeting = opened.meeting();
        meeting.reopen();
        if (meeting.isRegular()) {
            ratings.reopenMonth(meeting.getBranchId(), meeting.getPeriod());
        }
        audit.record(AuditSubject.of("meeting", meetingId).meeting(meetingId), "REOPEN", reason.strip());
        meetingAccess.changed(meeting);
    }

    /** What still keeps the meeting from being finalized, as message keys with arguments. */
    List<Missing> missing(Meeting meeting, List<RollMember> roll) {
        List<Missing> missing = new ArrayList<>();
        if (meeting.getChairId() == null) {
            missing.add(new Missing("meeting.missing.chair"));
        }
        if (meeting.getRecorderId() == null) {
            missing.add(new Missing("meeting.missing.recorder"));
        }
        if (meeting.getHeldOn() == null) {
            missing.add(new Missing("meeting.missing.heldOn"));
        }
        Map<Long, AttendanceMark> marks = meeting.attendanceByMember();
        List<String> unmarked = roll.stream().filter(member -> !marks.containsKey(member.id()))
                .map(RollMember::fullName).toList();
        if (!unmarked.isEmpty()) {
            missing.add(new Missing("meeting.missing.attendance", String.join(", ", unmarked)));
        }
        if (!meeting.hasResolution()) {
            missing.add(new Missing("meeting.missing.resolution"));
        }
        if (meeting.isRegular()) {
            Map<Long, String> names = roll.stream().collect(Collectors.toMap(RollMember::id, RollMember::fullName));
            List<String> unrated = ratings.unrated(meeting.getBranchId(), meeting.getPeriod(),
                    RatedMembers.of(roll, meeting)).stream().map(names::get).toList();
            if (!unrated.isEmpty()) {
                missing.add(new Missing("meeting.missing.ratings", String.join(", ", unrated)));
            }
        }
        return missing;
    }
}
