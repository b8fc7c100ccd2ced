package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.task.NewTask;
import vn.chibo.task.TaskResult;
import vn.chibo.task.TaskService;
import vn.chibo.task.TaskView;
import vn.chibo.task.WeekProgress;

/**
 * Step 4: the tasks given at earlier meetings and still open are reviewed here, each with a
 * result; new tasks are given to members for the coming month.
 */
@Service
@Transactional
public class TaskStep {

    private final MeetingAccess meetingAccess;
    private final MemberService members;
    private final TaskService tasks;

    TaskStep(MeetingAccess meetingAccess, MemberService members, TaskService tasks) {
        this.meetingAccess = meetingAccess;
        this.members = members;
        this.tasks = tasks;
    }

    public record Tasks(List<TaskView> toReview, List<TaskView> reviewedHere, List<TaskView> assignedHere,
                        Map<Long, String> names, Map<Long, WeekProgress> weeks) {
    }

    @Transactional(readOnly = true)
    public Tasks tasks(long meetingId) {
        Meeting meeting = meetingAccess.read(meetingId).meeting();
        long branchId = meeting.getBranchId();
        List<TaskView> toReview = tasks.openBefore(branchId, meeting.getPeriod());
        List<TaskView> reviewed = tasks.reviewedAt(branchId, meetingId);
        List<TaskView> assigned = tasks.assignedAt(branchId, meetingId);
        Set<Long> people = new HashSet<>();
        List<TaskView> all = new ArrayList<>();
        for (List<TaskView> list : List.of(toReview, reviewed, assigned)) {
            list.forEach(task -> people.add(task.assigneeId()));
            all.addAll(list);
        }
        return new Tasks(toReview, reviewed, assigned, members.names(people), tasks.weeksOf(all));
    }

    public void review(long meetingId, long version, Map<Long, TaskResult> results) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        tasks.review(meeting.getBranchId(), meetingId, results);
    }

    public void assign(long meetingId, long version, NewTask task) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        YearMonth period = meeting.getPeriod();
        RollMember assignee = members.roll(meeting.getBranchId(), period).stream()
                .filter(member -> member.id() == task.assigneeId()).findFirst().orElse(null);
        if (assignee == null || assignee.exempt()) {
            throw new InvalidInputException("assigneeId", "meeting.tasks.error.assignee");
        }
        if (task.dueOn().isBefore(period.atDay(1))) {
            throw new InvalidInputException("dueOn", "meeting.tasks.error.dueBefore");
        }
        tasks.assign(meeting.getBranchId(), meetingId, period, task);
    }

    public void withdraw(long meetingId, long version, long taskId) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        tasks.withdraw(meeting.getBranchId(), meetingId, taskId);
    }
}
