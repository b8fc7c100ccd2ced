package vn.chibo.me;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.MemberMeetings;
import vn.chibo.member.MemberCommendations;
import vn.chibo.member.MemberProfile;
import vn.chibo.member.MemberService;
import vn.chibo.rating.RatingRow;
import vn.chibo.rating.RatingService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.task.TaskView;
import vn.chibo.task.TaskService;

/** Composes the member's own pages; every part is asked for as "mine" from its feature. */
@Service
@Transactional(readOnly = true)
public class MeService {

    static final int STRIP_MONTHS = 12;
    static final int OPEN_TASKS_SHOWN = 10;
    static final int RESOLUTIONS_SHOWN = 3;

    private final MemberService members;
    private final TaskService tasks;
    private final RatingService ratings;
    private final MemberMeetings meetings;
    private final AccessPolicy access;
    private final Clock clock;
    private final MemberCommendations commendations;

    MeService(MemberService members, TaskService tasks, RatingService ratings, MemberMeetings meetings,
              AccessPolicy access, Clock clock, MemberCommendations commendations) {
        this.commendations = commendations;
        this.members = members;
        this.tasks = tasks;
        this.ratings = ratings;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    /** Today and this month, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    public MemberProfile me() {
        return members.getVisible(access.requireOwnMemberId());
    }

    public MePage page() {
        MemberProfile member = me();
        YearMonth month = YearMonth.now(clock);
        Page<TaskView> open = tasks.mine(true, null, PageRequest.of(0, OPEN_TASKS_SHOWN));
        Map<YearMonth, RatingRow> months = ratings.myMonths(stripStart(month), month);
        RatingRow rating = months.get(month);
        return new MePage(member, LocalDate.now(clock), month, meetings.upcoming().orElse(null), open.getContent(),
                open.getTotalElements(), rating, ratings.canAssessSelf(month, rating), strip(month, months),
                meetings.recentResolutions(RESOLUTIONS_SHOWN),
                commendations.of(List.of(member.id()), month.getYear()).getOrDefault(member.id(), List.of()));
    }

    /** The last twelve months, oldest first, each with its final level, pending, or nothing. */
    public List<MonthLevel> strip(YearMonth month) {
        return strip(month, ratings.myMonths(stripStart(month), month));
    }

    private static YearMonth stripStart(YearMonth month) {
        return month.minusMonths(STRIP_MONTHS - 1L);
    }

    private static List<MonthLevel> strip(YearMonth month, Map<YearMonth, RatingRow> rows) {
        List<MonthLevel> cells = new ArrayList<>();
        for (YearMonth m = stripStart(month); !m.isAfter(month); m = m.plusMonths(1)) {
            cells.add(MonthLevel.of(m, rows.get(m)));
        }
        return cells;
    }
}
