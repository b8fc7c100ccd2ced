package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.rating.Proposal;
import vn.chibo.rating.RatingRow;
import vn.chibo.rating.RatingService;
import vn.chibo.rating.RuleCheck;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.task.TaskService;
import vn.chibo.task.TaskStats;

/**
 * Step 6: one row per member who is not exempt, with their self-assessment, the tasks reviewed
 * at this meeting, what the rules allow and why, and the secretary's proposal.
 */
@Service
@Transactional
public class RatingStep {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final RatingService ratings;
    private final TaskService tasks;

    RatingStep(MeetingAccess meetingAccess, MemberService members, RatingService ratings, TaskService tasks) {
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.ratings = ratings;
        this.tasks = tasks;
    }

    public record Row(RollMember member, AttendanceStatus attendance, RatingRow rating, TaskStats tasks,
                      RuleCheck check) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(long meetingId) {
        Meeting meeting = meetingAccess.read(meetingId).meeting();
        requireRegular(meeting);
        List<RollMember> roll = members.roll(meeting.getBranchId(), meeting.getPeriod());
        List<Long> rated = RatedMembers.of(roll, meeting);
        Map<Long, RatingRow> existing = ratings.ratingsOf(meeting.getBranchId(), meeting.getPeriod());
        Map<Long, TaskStats> stats = tasks.statsReviewedAt(meetingId);
        Map<Long, RuleCheck> checks = ratings.checks(meeting.getBranchId(), meeting.getPeriod(), meetingId, rated);
        Map<Long, AttendanceMark> marks = meeting.attendanceByMember();
        Set<Long> ratedIds = new HashSet<>(rated);
        List<Row> rows = new ArrayList<>();
        for (RollMember member : roll) {
            if (ratedIds.contains(member.id())) {
                AttendanceMark mark = marks.get(member.id());
                rows.add(new Row(member, mark == null ? null : mark.status(),
                        existing.get(member.id()), stats.getOrDefault(member.id(), TaskStats.NONE),
                        checks.get(member.id())));
            }
        }
        return rows;
    }

    public void save(long meetingId, long version, List<Proposal> proposals) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        requireRegular(meeting);
        Set<Long> rated = Set.copyOf(RatedMembers.of(members.roll(meeting.getBranchId(), meeting.getPeriod()),
                meeting));
        if (proposals.stream().anyMatch(proposal -> !rated.contains(proposal.memberId()))) {
            throw new InvalidInputException(null, "meeting.ratings.error.notRated");
        }
        ratings.propose(meeting.getBranchId(), meeting.getPeriod(), meetingId, proposals);
    }

    private static void requireRegular(Meeting meeting) {
        if (!meeting.isRegular()) {
            throw new MeetingNotFoundException(meeting.getId());
        }
    }
}
