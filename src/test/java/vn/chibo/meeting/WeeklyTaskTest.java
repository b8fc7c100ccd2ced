package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * A weekly task repeats every week from the week it is given until its end date: the member says
 * week by week that it was done, and the meeting's task review and rating step show how many of the
 * weeks gone by were done. Only the member reports, and only in the task's weeks.
 */
@ChiboIntegrationTest
class WeeklyTaskTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession secretary;
    MockHttpSession member;
    final YearMonth month = YearMonth.now();
    final LocalDate today = LocalDate.now();
    final LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long an;
    long meeting;

    @BeforeEach
    void aMeetingThisMonth() throws Exception {
        fixture = new BranchFixture(tree, 1, 0);
        jdbc = tree.jdbc();
        an = fixture.fullMembers.get(1);
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        meeting = Long.parseLong(plan.split("/")[2]);
    }

    /** A weekly task given last month (no meeting: from the first of the month), open, ending on {@code endsOn}. */
    private long weeklyTask(long assignee, LocalDate endsOn, String title) {
        return jdbc.queryForObject("""
                insert into task (assignee_id, branch_id, period, cadence, source, kind, title, due_on, result)
                values (?, ?, ?, 'WEEKLY', 'RESOLUTION', 'PARTY', ?, ?, 'IN_PROGRESS') returning id""", Long.class,
                assignee, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)), title, Date.valueOf(endsOn));
    }

    private ResultActions week(MockHttpSession who, long task, boolean done) throws Exception {
        return mvc.perform(post("/me/tasks/" + task + "/week").param("done", String.valueOf(done)).session(who)
                .with(csrf()));
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theMemberReportsEachWeekAndTheMeetingSeesTheWeeksDone() throws Exception {
        LocalDate endsOn = today.plusDays(20);
        long task = weeklyTask(an, endsOn, "Trực tiếp dân tại nhà văn hóa thôn");
        LocalDate firstWeek = month.minusMonths(1).atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int due = (int) ChronoUnit.WEEKS.between(firstWeek, thisWeek) + 1;
        String ends = endsOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(page(member, "/me/tasks")).contains("Hằng tuần đến " + ends + ": đã làm 0/" + due + " tuần",
                "Tuần này (" + thisWeek.format(DateTimeFormatter.ofPattern("dd/MM")));
        week(member, task, true).andExpect(redirectedUrl("/me/tasks?status=open"));
        week(member, task, true).andExpect(redirectedUrl("/me/tasks?status=open"));
        assertThat(jdbc.queryForList("select week_start from task_week where task_id = ?", LocalDate.class, task))
                .containsExactly(thisWeek);
        assertThat(page(member, "/me/tasks")).contains("đã làm 1/" + due + " tuần", "Bỏ đánh dấu tuần này");
        assertThat(page(secretary, "/meetings/" + meeting + "/tasks")).contains("Trực tiếp dân tại nhà văn hóa thôn",
                "1/" + due + " tuần");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'task' and action = 'WEEK'"
                + " and member_id = ?", Long.class, an)).isEqualTo(2);

        // Taken back: the week is no longer counted.
        week(member, task, false).andExpect(redirectedUrl("/me/tasks?status=open"));
        assertThat(page(member, "/me/tasks")).contains("đã làm 0/" + due + " tuần");

        // Reviewed at the meeting: the rating step shows the weeks beside the result.
        week(member, task, true).andExpect(status().is3xxRedirection());
        jdbc.update("update task set result = 'DONE_ON_TIME', reviewed_meeting_id = ? where id = ?", meeting, task);
        assertThat(page(secretary, "/meetings/" + meeting + "/ratings").replaceAll("<[^>]+>", ""))
                .contains("Trực tiếp dân tại nhà văn hóa thôn", "Hoàn thành đúng hạn, 1/" + due + " tuần");
        // Reviewed: the member no longer reports on it.
        week(member, task, false).andExpect(status().isConflict());
    }

    @Test
    void onlyTheMemberReportsAndOnlyInTheTasksWeeks() throws Exception {
        long task = weeklyTask(an, today.plusDays(20), "Trực tiếp dân");
        week(secretary, task, true).andExpect(status().isForbidden());
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        week(staff, task, true).andExpect(status().isForbidden());

        long ended = weeklyTask(an, thisWeek.minusDays(1), "Tuần tra biên giới");
        String refused = Browser.text(week(member, ended, true).andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Tuần này không nằm trong thời gian thực hiện nhiệm vụ hằng tuần.");
        long monthly = jdbc.queryForObject("""
                insert into task (assignee_id, branch_id, period, cadence, source, kind, title, due_on, result)
                values (?, ?, ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Báo cáo tháng', ?, 'IN_PROGRESS') returning id""",
                Long.class, an, fixture.branch, Date.valueOf(month.atDay(1)), Date.valueOf(today.plusDays(20)));
        week(member, monthly, true).andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject("select count(*) from task_week where task_id in (?, ?, ?)", Long.class,
                task, ended, monthly)).isZero();
    }
}
