package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.AccessPolicy;

/**
 * What a member sees of their own branch's meetings: the next meeting (to prepare for it) and
 * the resolutions of finalized meetings. Nothing of other branches.
 */
@Service
@Transactional(readOnly = true)
public class MemberMeetings {

    private final MeetingRepository meetings;
    private final AccessPolicy access;
    private final Clock clock;

    MemberMeetings(MeetingRepository meetings, AccessPolicy access, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    public record Upcoming(long id, YearMonth period, MeetingKind kind, MeetingStatus status, LocalDate heldOn,
                           LocalTime startsAt, LocalTime endsAt, String location, List<String> agenda) {
    }

    public record Resolution(long meetingId, YearMonth period, MeetingKind kind, String text, boolean passes) {
    }

    /** This month's regular meeting if it is not finalized yet, else next month's if planned. */
    public Optional<Upcoming> upcoming() {
        Long branchId = ownBranch();
        if (branchId == null) {
            return Optional.empty();
        }
        YearMonth now = YearMonth.now(clock);
        return meetings.regularWithAgenda(branchId, now, now.plusMonths(1)).stream()
                .filter(meeting -> !(meeting.getPeriod().equals(now) && meeting.isLocked()))
                .findFirst()
                .map(meeting -> new Upcoming(meeting.getId(), meeting.getPeriod(), meeting.getKind(),
                        meeting.getStatus(), meeting.getHeldOn(), meeting.getStartsAt(), meeting.getEndsAt(),
                        meeting.getLocation(), meeting.getAgenda().stream().map(AgendaItem::getTitle).toList()));
    }

    /** Resolutions of the branch's finalized meetings, newest first. */
    public List<Resolution> recentResolutions(int limit) {
        Long branchId = ownBranch();
        if (branchId == null) {
            return List.of();
        }
        return meetings.finalizedWithResolution(branchId, PageRequest.of(0, limit)).stream()
                .map(meeting -> new Resolution(meeting.getId(), meeting.getPeriod(), meeting.getKind(),
                        meeting.getResolutionText(), Vote.passes(meeting.getVotesFor(), meeting.getEligibleCount())))
                .toList();
    }

    private Long ownBranch() {
        access.requireOwnMemberId();
        return access.currentUser().memberBranchId();
    }
}
