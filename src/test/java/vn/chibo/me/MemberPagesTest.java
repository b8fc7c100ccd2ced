package vn.chibo.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** A member's own pages: their ratings, tasks and self-assessment, and nothing of anyone else. */
@ChiboIntegrationTest
class MemberPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    MockHttpSession member;
    long me;
    long colleague;
    YearMonth month = YearMonth.now();

    @BeforeEach
    void logIn() throws Exception {
        fixture = new BranchFixture(tree, 2, 1);
        me = fixture.fullMembers.get(1);
        colleague = fixture.fullMembers.get(2);
        member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
    }

    private long task(long assignee, String title, String result) {
        return tree.jdbc().queryForObject("""
                insert into task (assignee_id, branch_id, period, cadence, source, kind, title, due_on, result)
                values (?, ?, ?, 'WEEKLY', 'RESOLUTION', 'PARTY', ?, ?, ?) returning id""", Long.class,
                assignee, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)), title,
                Date.valueOf(month.minusMonths(1).atDay(20)), result);
    }

    private String page(String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(member)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aMemberSeesTheirOwnTasksAndNothingOfAnyoneElse() throws Exception {
        long mine = task(me, "Nhiệm vụ của tôi", "IN_PROGRESS");
        long theirs = task(colleague, "Nhiệm vụ của đồng chí khác", "NOT_STARTED");
        task(me, "Nhiệm vụ đã kiểm điểm", "DONE_ON_TIME");

        String home = page("/me");
        assertThat(home).contains("Trần Thị An", "Nhiệm vụ của tôi", "Quá hạn").doesNotContain("Nhiệm vụ của đồng chí khác");
        String open = page("/me/tasks");
        assertThat(open).contains("Nhiệm vụ của tôi", "/me/tasks/" + mine + "/progress")
                .doesNotContain("Nhiệm vụ của đồng chí khác").doesNotContain("Nhiệm vụ đã kiểm điểm");
        assertThat(page("/me/tasks?status=done")).contains("Nhiệm vụ đã kiểm điểm").doesNotContain("Nhiệm vụ của tôi");
        assertThat(page("/me/tasks?status=all&cadence=MONTHLY")).contains("Không có nhiệm vụ nào.");

        mvc.perform(post("/me/tasks/" + theirs + "/progress").session(member).with(csrf()).param("progress", "DONE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/members/" + colleague).session(member)).andExpect(status().isForbidden());
        assertThat(tree.jdbc().queryForObject("select member_progress from task where id = ?", String.class, theirs))
                .isNull();
    }

    @Test
    void aMemberReportsProgressOnTheirOwnOpenTask() throws Exception {
        long mine = task(me, "Tuyên truyền nghị quyết", "NOT_STARTED");
        mvc.perform(post("/me/tasks/" + mine + "/progress").session(member).with(csrf()).param("progress", "DONE")
                .param("note", "Đã đến 12 hộ")).andExpect(redirectedUrl("/me/tasks?status=open"));
        assertThat(tree.jdbc().queryForMap("select member_progress, member_note, result from task where id = ?", mine))
                .containsEntry("member_progress", "DONE").containsEntry("member_note", "Đã đến 12 hộ")
                .containsEntry("result", "NOT_STARTED");

        MvcResult tooLong = mvc.perform(post("/me/tasks/" + mine + "/progress").session(member).with(csrf())
                .param("progress", "IN_PROGRESS").param("note", "x".repeat(501))).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(tooLong)).contains("tối đa 500 ký tự", "x".repeat(501));

        long reviewed = task(me, "Đã xong", "DONE_ON_TIME");
        mvc.perform(post("/me/tasks/" + reviewed + "/progress").session(member).with(csrf()).param("progress", "DONE"))
                .andExpect(status().isConflict());
    }

    @Test
    void theNextMeetingIsThisMonthsUntilItIsFinalizedThenNextMonthsWithItsAgendaInOrder() throws Exception {
        assertThat(page("/me")).contains("Chi bộ chưa có lịch sinh hoạt.");

        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        long thisMonth = openMeeting(secretary, month, "Hội trường thôn Đông");
        long nextMonth = openMeeting(secretary, month.plusMonths(1), "Nhà văn hóa thôn Tây");
        // The first item written moves to the end: the page follows the positions, not the order of writing.
        tree.jdbc().update("""
                update agenda_item set title = 'Mục chuyển xuống cuối', position = 100
                 where meeting_id = ? and position = 0""", thisMonth);
        String open = page("/me");
        assertThat(open).contains("Hội trường thôn Đông").doesNotContain("Nhà văn hóa thôn Tây");
        java.util.List<String> agenda = tree.jdbc().queryForList(
                "select title from agenda_item where meeting_id = ? order by position", String.class, thisMonth);
        assertThat(agenda).hasSizeGreaterThan(2).last().isEqualTo("Mục chuyển xuống cuối");
        int last = -1;
        for (String title : agenda) {
            int at = open.indexOf(title, last + 1);
            assertThat(at).as(title).isGreaterThan(last);
            last = at;
        }

        tree.jdbc().update("update meeting set status = 'FINALIZED', finalized_at = now() where id = ?", thisMonth);
        assertThat(page("/me")).contains("Nhà văn hóa thôn Tây").doesNotContain("Hội trường thôn Đông");
        tree.jdbc().update("delete from meeting where id = ?", nextMonth);
        assertThat(page("/me")).contains("Chi bộ chưa có lịch sinh hoạt.");
    }

    private long openMeeting(MockHttpSession secretary, YearMonth period, String location) throws Exception {
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + period).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(plan.split("/")[2]);
        tree.jdbc().update("update meeting set location = ? where id = ?", location, meeting);
        return meeting;
    }

    @Test
    void theSelfAssessmentReachesTheSecretaryAndIsReadOnlyOnceTheMonthIsLocked() throws Exception {
        mvc.perform(post("/me/self-assessment/" + month).session(member).with(csrf()).param("level", "GOOD")
                .param("text", "Hoàn thành các việc được giao; vận động 12 hộ")).andExpect(redirectedUrl("/me"));
        assertThat(page("/me")).contains("Đã gửi: Hoàn thành tốt nhiệm vụ.");

        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        long meeting = finalizedMeeting(secretary, true);
        assertThat(Browser.text(mvc.perform(get("/meetings/" + meeting + "/ratings").session(secretary)).andReturn()))
                .contains("vận động 12 hộ");
        finalizedMeeting(secretary, false);

        String form = page("/me/self-assessment/" + month);
        assertThat(form).contains("tự đánh giá chỉ còn để xem", "<fieldset disabled=\"disabled\">");
        MvcResult late = mvc.perform(post("/me/self-assessment/" + month).session(member).with(csrf())
                .param("level", "EXCELLENT").param("text", "Sửa muộn")).andReturn();
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(Browser.text(late)).contains("đã được chi bộ thông qua và khóa", "Sửa muộn");
        assertThat(tree.jdbc().queryForObject("select self_level from monthly_rating where member_id = ? and period = ?",
                String.class, me, Date.valueOf(month.atDay(1)))).isEqualTo("GOOD");
        assertThat(page("/me")).contains("Tháng này đã được chi bộ xếp loại và khóa.");
    }

    /** The secretary records just enough of the month's meeting and (when asked) finalizes it. */
    private long finalizedMeeting(MockHttpSession secretary, boolean open) throws Exception {
        Long existing = tree.jdbc().query("select id from meeting where branch_id = ?", rs -> rs.next() ? rs.getLong(1) : null,
                fixture.branch);
        long meeting;
        if (existing == null) {
            String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                    .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            meeting = Long.parseLong(plan.split("/")[2]);
            mvc.perform(post("/meetings/" + meeting + "/plan").session(secretary).with(csrf()).param("version", version(meeting))
                    .param("kind", "REGULAR").param("heldOn", month.atDay(3).toString()).param("startsAt", "14:00")
                    .param("endsAt", "16:00").param("location", "Hội trường")
                    .param("chairId", String.valueOf(fixture.secretary)).param("recorderId", String.valueOf(colleague))
                    .param("agenda[0].title", "Nội dung").param("agenda[0].position", "1"));
            mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                    .param("version", version(meeting)));
            mvc.perform(post("/meetings/" + meeting + "/resolution").session(secretary).with(csrf())
                    .param("version", version(meeting)).param("text", "Nghị quyết").param("votesFor", "3")
                    .param("votesAgainst", "0").param("votesOther", "0"));
        } else {
            meeting = existing;
        }
        if (!open) {
            var ratings = post("/meetings/" + meeting + "/ratings").session(secretary).with(csrf())
                    .param("version", version(meeting));
            for (long id : fixture.everyone()) {
                ratings.param("proposals[" + id + "].level", "GOOD");
            }
            mvc.perform(ratings).andExpect(redirectedUrl("/meetings/" + meeting));
            mvc.perform(post("/meetings/" + meeting + "/finalize").session(secretary).with(csrf())
                    .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting));
        }
        return meeting;
    }

    private String version(long meeting) {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    @Test
    void badSelfAssessmentsGetAClearMessageAndNothingIsSaved() throws Exception {
        MvcResult noLevel = mvc.perform(post("/me/self-assessment/" + month).session(member).with(csrf())
                .param("text", "Chưa chọn mức")).andReturn();
        assertThat(noLevel.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(noLevel)).contains("Vui lòng nhập hoặc chọn thông tin này.", "Chưa chọn mức");

        MvcResult future = mvc.perform(post("/me/self-assessment/" + month.plusMonths(1)).session(member).with(csrf())
                .param("level", "GOOD").param("text", "Tháng sau")).andReturn();
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(future)).contains("Chưa thể tự đánh giá cho một tháng chưa tới.");

        MvcResult tooLong = mvc.perform(post("/me/self-assessment/" + month).session(member).with(csrf())
                .param("level", "GOOD").param("text", "a".repeat(2001))).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);

        mvc.perform(post("/me/self-assessment/2026-99").session(member).with(csrf()).param("level", "GOOD"))
                .andExpect(status().isBadRequest());
        assertThat(tree.jdbc().queryForObject("select count(*) from monthly_rating where member_id = ?", Long.class, me))
                .isZero();
    }

    @Test
    void pendingMonthsAreShownAsPendingNeverAsALevel() throws Exception {
        tree.jdbc().update("""
                insert into monthly_rating (member_id, branch_id, period, self_level, proposed_level)
                values (?, ?, ?, 'EXCELLENT', 'EXCELLENT')""", me, fixture.branch, Date.valueOf(month.atDay(1)));
        tree.jdbc().update("""
                insert into monthly_rating (member_id, branch_id, period, proposed_level, final_level, comment, decided_at)
                values (?, ?, ?, 'COMPLETED', 'COMPLETED', 'Còn chậm một việc', now())""",
                me, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)));
        String strip = page("/me/ratings");
        assertThat(strip).contains("level-pending", "level-COMPLETED").doesNotContain("level-EXCELLENT");
        // The start page reads the same months once for its strip and for this month's self-assessment.
        assertThat(page("/me")).contains("level-pending", "level-COMPLETED", "Đã gửi: Hoàn thành xuất sắc nhiệm vụ.")
                .doesNotContain("level-EXCELLENT");
        assertThat(page("/me/ratings/" + month)).contains("Chờ xếp loại").doesNotContain("Hoàn thành xuất sắc nhiệm vụ</span>");
        assertThat(page("/me/ratings/" + month.minusMonths(1))).contains("Hoàn thành nhiệm vụ", "Còn chậm một việc");
        mvc.perform(get("/me/ratings/" + month.minusMonths(5)).session(member)).andExpect(status().isNotFound());
    }

    @Test
    void anExemptMemberSeesAStatementInsteadOfForms() throws Exception {
        tree.jdbc().update("update member set exempt = true, exempt_from = ? where id = ?",
                Date.valueOf(month.minusMonths(2).atDay(1)), me);
        tree.historyFromRow(me);
        String home = page("/me");
        assertThat(home).contains("Đồng chí đang được miễn công tác và sinh hoạt đảng").doesNotContain("Gửi tự đánh giá");
        assertThat(page("/me/self-assessment/" + month)).doesNotContain("<textarea");
        mvc.perform(post("/me/self-assessment/" + month).session(member).with(csrf()).param("level", "GOOD"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void accountsWithoutAMemberHaveNoMemberPages() throws Exception {
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/me").session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/me/tasks").session(staff)).andExpect(status().isForbidden());
    }
}
