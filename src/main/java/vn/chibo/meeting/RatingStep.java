package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.rating.Proposal;
import vn.chibo.rating.RatingRow;
import vn.chibo.rating.RatingService;
import vn.chibo.rating.RuleCheck;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;
import vn.chibo.task.RatedTask;
import vn.chibo.task.TaskKind;
import vn.chibo.task.TaskService;
import vn.chibo.task.TaskStats;

/**
 * Step 6: one row per member who is not exempt, with their self-assessment, the tasks reviewed
 * at this meeting, what the rules allow and why, the secretary's proposal, and any commendation or
 * criticism the meeting gives them.
 */
@Service
@Transactional
public class RatingStep {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final RatingService ratings;
    private final TaskService tasks;
    private final Commendations commendations;
    private final AuditService audit;

    RatingStep(MeetingAccess meetingAccess, MemberService members, RatingService ratings, TaskService tasks,
               Commendations commendations, AuditService audit) {
        this.commendations = commendations;
        this.audit = audit;
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.ratings = ratings;
        this.tasks = tasks;
    }

    public record Row(RollMember member, AttendanceStatus attendance, RatingRow rating, List<RatedTask> taskList,
                      TaskStats tasks, RuleCheck check, Commendations.Entry commendation) {

        /** The member's tasks of one kind (chuyên môn, công tác Đảng, đoàn thể – xã hội). */
        public List<RatedTask> tasksOf(TaskKind kind) {
            return taskList.stream().filter(task -> task.kind() == kind).toList();
        }
    }

    /** Biểu dương or phê bình as typed for one member: both empty for none. */
    public record Commendation(CommendationKind kind, String note) {

        String trimmedNote() {
            return note == null || note.isBlank() ? null : note.strip();
        }
    }

    @Transactional(readOnly = true)
    public List<Row> rows(long meetingId) {
        Meeting meeting = meetingAccess.read(meetingId).meeting();
        requireRegular(meeting);
        List<RollMember> roll = members.roll(meeting.getBranchId(), meeting.getPeriod());
        List<Long> rated = RatedMembers.of(roll, meeting);
        Map<Long, RatingRow> existing = ratings.ratingsOf(meeting.getBranchId(), meeting.getPeriod());
        Map<Long, List<RatedTask>> ratedTasks = tasks.forRating(meetingId);
        Map<Long, TaskStats> stats = new HashMap<>();
        ratedTasks.forEach((member, memberTasks) -> stats.put(member, RatedTask.stats(memberTasks)));
        Map<Long, RuleCheck> checks = ratings.checks(meeting.getBranchId(), meeting.getPeriod(), stats, rated);
        Map<Long, AttendanceMark> marks = meeting.attendanceByMember();
        Map<Long, Commendations.Entry> commended = commendations.ofMeeting(meetingId);
        Set<Long> ratedIds = new HashSet<>(rated);
        List<Row> rows = new ArrayList<>();
        for (RollMember member : roll) {
            if (ratedIds.contains(member.id())) {
                AttendanceMark mark = marks.get(member.id());
                List<RatedTask> memberTasks = ratedTasks.getOrDefault(member.id(), List.of());
                rows.add(new Row(member, mark == null ? null : mark.status(),
                        existing.get(member.id()), memberTasks, stats.getOrDefault(member.id(), TaskStats.NONE),
                        checks.get(member.id()), commended.get(member.id())));
            }
        }
        return rows;
    }

    /**
     * Saves the proposals and the commendations and criticisms together: all of them, or, when one is
     * refused, none.
     */
    public void save(long meetingId, long version, List<Proposal> proposals, Map<Long, Commendation> commended) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        requireRegular(meeting);
        Set<Long> rated = Set.copyOf(RatedMembers.of(members.roll(meeting.getBranchId(), meeting.getPeriod()),
                meeting));
        if (proposals.stream().anyMatch(proposal -> !rated.contains(proposal.memberId()))
                || !rated.containsAll(commended.keySet())) {
            throw new InvalidInputException(null, "meeting.ratings.error.notRated");
        }
        List<Problem> problems = new ArrayList<>();
        commended.forEach((memberId, typed) -> {
            String field = "proposals[" + memberId + "].";
            if (typed.kind() != null && typed.trimmedNote() == null) {
                problems.add(new Problem(field + "commendationNote", "meeting.ratings.error.commendationNote"));
            } else if (typed.kind() == null && typed.trimmedNote() != null) {
                problems.add(new Problem(field + "commendation", "meeting.ratings.error.commendationKind"));
            } else if (typed.trimmedNote() != null && typed.trimmedNote().length() > Commendations.MAX_NOTE) {
                problems.add(new Problem(field + "commendationNote", "meeting.ratings.error.commendationLength",
                        Commendations.MAX_NOTE));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, Commendations.Entry> stored = commendations.ofMeeting(meetingId);
        commended.forEach((memberId, typed) -> {
            Commendations.Entry after = typed.kind() == null ? null
                    : new Commendations.Entry(typed.kind(), typed.trimmedNote());
            Commendations.Entry before = stored.get(memberId);
            if (!Objects.equals(before, after)) {
                commendations.set(meetingId, memberId, after);
                audit.record(AuditSubject.of("commendation", meetingId).meeting(meetingId).member(memberId),
                        "COMMEND", "member " + memberId + ": " + describe(before) + " -> " + describe(after));
            }
        });
        ratings.propose(meeting.getBranchId(), meeting.getPeriod(), meetingId, proposals);
    }

    private static String describe(Commendations.Entry entry) {
        return entry == null ? "-" : entry.kind() + " (" + entry.note() + ")";
    }

    private static void requireRegular(Meeting meeting) {
        if (!meeting.isRegular()) {
            throw new MeetingNotFoundException(meeting.getId());
        }
    }
}
