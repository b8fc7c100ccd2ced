package vn.chibo.meeting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.meeting.MeetingPage.AttendanceSummary;
import vn.chibo.member.MemberService;
import vn.chibo.shared.InvalidInputException;

/**
 * Nghị quyết and its vote. The eligible base comes from the attendance: full members, less the
 * exempt and those absent with a reason; probationary members do not vote. The resolution
 * passes with more than half of that base.
 */
@Service
@Transactional
public class ResolutionRecording {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final AuditService audit;

    ResolutionRecording(MeetingAccess meetingAccess, MemberService members, AuditService audit) {
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.audit = audit;
    }

    public void record(long meetingId, long version, String text, int votesFor, int votesAgainst, int votesOther) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        AttendanceSummary summary = AttendanceCount.of(members.roll(meeting.getBranchId(), meeting.getPeriod()),
                meeting.attendanceByMember());
        if (summary.unrecorded() > 0 || summary.total() == 0) {
            throw new InvalidInputException(null, "meeting.resolution.error.attendanceFirst");
        }
        if (votesFor + votesAgainst + votesOther > summary.presentVoters()) {
            throw new InvalidInputException("votesFor", "meeting.resolution.error.tooManyVotes",
                    votesFor + votesAgainst + votesOther, summary.presentVoters());
        }
        String before = meeting.hasResolution() ? meeting.getVotesFor() + "/" + meeting.getVotesAgainst() + "/"
                + meeting.getVotesOther() + " of " + meeting.getEligibleCount() : "-";
        meeting.recordResolution(text.strip(), votesFor, votesAgainst, votesOther, summary.eligible());
        audit.record(AuditSubject.of("resolution", meetingId).meeting(meetingId), "VOTE", before + " -> " + votesFor + "/" + votesAgainst + "/"
                + votesOther + " of " + summary.eligible()
                + (Vote.passes(votesFor, summary.eligible()) ? " (passed)" : " (not passed)"));
    }
}
