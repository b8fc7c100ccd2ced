package vn.chibo.me;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.meeting.MemberMeetings;
import vn.chibo.member.MemberCommendations;
import vn.chibo.member.MemberProfile;
import vn.chibo.rating.RatingRow;
import vn.chibo.task.TaskView;

/**
 * The member's start page: this month, their open tasks, their last twelve months, the year's
 * commendations and criticisms, their branch's resolutions.
 */
public record MePage(MemberProfile member, LocalDate today, YearMonth month, MemberMeetings.Upcoming upcoming, List<TaskView> openTasks,
                     long openTaskCount, RatingRow thisMonth, boolean canAssessSelf, List<MonthLevel> strip,
                     List<MemberMeetings.Resolution> resolutions, List<MemberCommendations.Item> commendations) {

    /** Exempt from activity or gone from the branch: no forms, a statement instead. */
    public boolean inactive() {
        return member.exempt() || !member.active();
    }

    public boolean selfAssessed() {
        return thisMonth != null && thisMonth.selfLevel() != null;
    }
}
