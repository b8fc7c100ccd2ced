package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * The secretary's month, from plan to locked minutes, through HTTP on the demo showcase branch
 * (Chi bộ Ban Tuyên giáo Huyện ủy: three full members and one probationary), then what district
 * staff and a member see, the lock, and a reopening by district staff.
 */
@ChiboIntegrationTest
class MeetingWorkflowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void secretaryRecordsTheWholeMonthAndTheResultIsVisibleToStaffAndMembers() throws Exception {
        long branch = tree.organizationId("kdd-tuyengiao");
        YearMonth month = YearMonth.now();
        long secretary = tree.memberIdOf("bithu");
        long member = tree.memberIdOf("dangvien");
        List<Long> members = tree.jdbc().queryForList(
                "select id from member where branch_id = ? order by id", Long.class, branch);
        long excused = members.stream().filter(id -> id != secretary && id != member)
                .filter(id -> tree.jdbc().queryForObject("select status = 'FULL' from member where id = ?",
                        Boolean.class, id)).findFirst().orElseThrow();
        MockHttpSession bithu = Browser.login(mvc, "bithu");

        // 1. Plan: the month's regular meeting opens with the standard agenda.
        String planUrl = mvc.perform(post("/branches/" + branch + "/meetings/" + month).param("kind", "REGULAR")
                        .session(bithu).with(csrf()))
                .andExpect(redirectedUrlPattern("/meetings/*/plan")).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(planUrl.split("/")[2]);
        String planPage = page(bithu, planUrl);
        assertThat(planPage).contains("Khai mạc: thu đảng phí", "Biểu quyết nghị quyết");
        List<Long> items = tree.jdbc().queryForList(
                "select id from agenda_item where meeting_id = ? order by position", Long.class, meeting);
        assertThat(items).hasSize(6);

        MockHttpServletRequestBuilder plan = post("/meetings/" + meeting + "/plan").session(bithu).with(csrf())
                .param("version", version(meeting)).param("kind", "COMBINED")
                .param("heldOn", month.atDay(5).toString()).param("startsAt", "14:00").param("endsAt", "16:15")
                .param("location", "Phòng họp Ban Tuyên giáo")
                .param("chairId", String.valueOf(secretary)).param("recorderId", String.valueOf(member));
        for (int i = 0; i < items.size(); i++) {
            plan.param("agenda[" + i + "].id", items.get(i).toString())
                    .param("agenda[" + i + "].title", i == 1 ? "Thông tin thời sự; quán triệt văn bản mới" : title(items.get(i)))
                    .param("agenda[" + i + "].position", String.valueOf(i + 1));
        }
        plan.param("agenda[2].directiveIds", "1").param("agenda[6].title", "Biểu dương đảng viên tiêu biểu")
                .param("agenda[6].position", "7");
        mvc.perform(plan).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(tree.jdbc().queryForList("select title from agenda_item where meeting_id = ? order by position",
                String.class, meeting)).hasSize(7).element(1).isEqualTo("Thông tin thời sự; quán triệt văn bản mới");

        // 2. Attendance: everyone present, then one excused absence with its reason.
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(bithu).with(csrf())
                .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting + "/attendance"));
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(bithu).with(csrf())
                        .param("version", version(meeting))
                        .param("marks[" + excused + "].status", "EXCUSED").param("marks[" + excused + "].reason", "Ốm, có đơn <b>gấp</b>"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        String attendancePage = page(bithu, "/meetings/" + meeting + "/attendance");
        assertThat(attendancePage).contains("Tổng số đảng viên: 4; miễn sinh hoạt: 0; có mặt: 3; vắng: 1.")
                .contains("Số đảng viên được biểu quyết: 2");
        String excusedName = tree.jdbc().queryForObject("select full_name from member where id = ?", String.class, excused);
        assertThat(page(bithu, "/meetings/" + meeting)).contains("<span>" + excusedName + "</span>:")
                .contains("<span>Vắng có lý do</span><span> – Ốm, có đơn &lt;b&gt;gấp&lt;/b&gt;</span>");
        assertThat(page(bithu, "/meetings/" + meeting + "?lang=en"))
                .contains("<span>Excused</span><span> – Ốm, có đơn &lt;b&gt;gấp&lt;/b&gt;</span>");

        // 3. Minutes, exactly as typed.
        MockHttpServletRequestBuilder minutes = post("/meetings/" + meeting + "/minutes").session(bithu).with(csrf())
                .param("version", version(meeting));
        List<Long> itemsNow = tree.jdbc().queryForList(
                "select id from agenda_item where meeting_id = ? order by position", Long.class, meeting);
        for (Long item : itemsNow) {
            minutes.param("minutes[" + item + "]", "Nội dung mục " + item + "\nDòng thứ hai <script>alert(1)</script>");
        }
        mvc.perform(minutes).andExpect(redirectedUrl("/meetings/" + meeting));

        // 4. Tasks: last month's tasks reviewed, a new task given.
        List<Map<String, Object>> open = tree.jdbc().queryForList("""
                select id, assignee_id from task where branch_id = ? and period < ? and reviewed_meeting_id is null""",
                branch, Date.valueOf(month.atDay(1)));
        assertThat(open).isNotEmpty();
        MockHttpServletRequestBuilder review = post("/meetings/" + meeting + "/tasks/review").session(bithu)
                .with(csrf()).param("version", version(meeting));
        for (Map<String, Object> task : open) {
            boolean mine = ((Number) task.get("assignee_id")).longValue() == member;
            review.param("results[" + task.get("id") + "]", mine ? "EXCEEDED" : "DONE_ON_TIME");
        }
        mvc.perform(review).andExpect(redirectedUrl("/meetings/" + meeting));
        mvc.perform(post("/meetings/" + meeting + "/tasks").session(bithu).with(csrf())
                        .param("version", version(meeting)).param("assigneeId", String.valueOf(member))
                        .param("kind", "PARTY").param("cadence", "MONTHLY").param("source", "RESOLUTION")
                        .param("title", "Viết bài tuyên truyền nghị quyết tháng").param("dueOn", month.plusMonths(1).atDay(20).toString()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "/tasks"));
        assertThat(page(bithu, "/meetings/" + meeting + "/tasks")).contains("Viết bài tuyên truyền nghị quyết tháng");

        // 5. Resolution: 2 of 2 eligible (the probationary member does not vote, the excused one is out).
        mvc.perform(post("/meetings/" + meeting + "/resolution").session(bithu).with(csrf())
                        .param("version", version(meeting)).param("text", "Nghị quyết tháng: tập trung tuyên truyền.")
                        .param("votesFor", "2").param("votesAgainst", "0").param("votesOther", "0"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(page(bithu, "/meetings/" + meeting)).contains("Nghị quyết được thông qua.");

        // 6. Ratings: the rule for each row is explained; proposals within the rules are saved.
        String ratingsPage = page(bithu, "/meetings/" + meeting + "/ratings");
        assertThat(ratingsPage).contains("Mức cao nhất được xếp");
        MockHttpServletRequestBuilder ratings = post("/meetings/" + meeting + "/ratings").session(bithu).with(csrf())
                .param("version", version(meeting));
        for (Long id : members) {
            ratings.param("proposals[" + id + "].level", "GOOD").param("proposals[" + id + "].comment", "Hoàn thành tốt");
        }
        mvc.perform(ratings).andExpect(redirectedUrl("/meetings/" + meeting));

        // 7. Quality.
        mvc.perform(post("/meetings/" + meeting + "/quality").session(bithu).with(csrf())
                        .param("version", version(meeting)).param("preparation", "14").param("attendance", "19")
                        .param("conduct", "42").param("closing", "18"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(page(bithu, "/meetings/" + meeting)).contains("93", "Tốt");

        // 8. Finalize: the meeting and the month's ratings are locked.
        mvc.perform(post("/meetings/" + meeting + "/finalize").session(bithu).with(csrf())
                .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(tree.jdbc().queryForObject("select status from meeting where id = ?", String.class, meeting))
                .isEqualTo("FINALIZED");
        assertThat(tree.jdbc().queryForObject("select count(*) from monthly_rating where branch_id = ? and period = ?"
                + " and final_level = 'GOOD'", Long.class, branch, Date.valueOf(month.atDay(1)))).isEqualTo(4);

        // Minutes text is shown as text, never as HTML.
        String overview = page(bithu, "/meetings/" + meeting);
        assertThat(overview).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        // District staff see it; the member sees the finalized minutes and their own month.
        MockHttpSession huyenuy = Browser.login(mvc, "huyenuy");
        assertThat(page(huyenuy, "/branches/" + branch + "/meetings/" + month))
                .contains("Đã khóa biên bản", "Nghị quyết tháng: tập trung tuyên truyền.");
        MockHttpSession dangvien = Browser.login(mvc, "dangvien");
        assertThat(page(dangvien, "/branches/" + branch + "/meetings/" + month))
                .contains("Nghị quyết tháng: tập trung tuyên truyền.");
        assertThat(page(dangvien, "/members/" + member)).contains(
                "Tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear()), "Hoàn thành tốt nhiệm vụ");

        // The locked month refuses edits.
        mvc.perform(post("/meetings/" + meeting + "/minutes").session(bithu).with(csrf())
                        .param("version", version(meeting)).param("minutes[" + itemsNow.get(0) + "]", "sửa sau khi khóa"))
                .andExpect(status().isConflict());

        // Only staff above the branch reopen, with a reason, and the reopening is audited.
        mvc.perform(post("/meetings/" + meeting + "/reopen").session(bithu).with(csrf()).param("reason", "Sửa"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + meeting + "/reopen").session(huyenuy).with(csrf()).param("reason", " "))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/meetings/" + meeting + "/reopen").session(huyenuy).with(csrf())
                .param("reason", "Bổ sung ý kiến thảo luận")).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(tree.jdbc().queryForObject("select status from meeting where id = ?", String.class, meeting))
                .isEqualTo("HELD");
        assertThat(tree.jdbc().queryForObject("""
                select count(*) from audit_log where entity_type = 'meeting' and entity_id = ? and action = 'REOPEN'
                   and username = 'huyenuy' and details = 'Bổ sung ý kiến thảo luận'""", Long.class, meeting)).isEqualTo(1);
        assertThat(tree.jdbc().queryForObject("select count(*) from monthly_rating where branch_id = ? and period = ?"
                + " and final_level is not null", Long.class, branch, Date.valueOf(month.atDay(1)))).isZero();
        assertThat(tree.jdbc().queryForObject("""
                select count(*) from audit_log where entity_type = 'attendance' and entity_id = ?
                   and details like '%PRESENT -> EXCUSED (Ốm, có đơn <b>gấp</b>)'""", Long.class, meeting)).isEqualTo(1);
        mvc.perform(get("/meetings/" + meeting).session(dangvien)).andExpect(status().isForbidden());
    }

    /** The page as a browser reads it: entities such as {@code &iacute;} decoded, markup escapes kept. */
    private String page(MockHttpSession session, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn());
    }

    private String version(long meeting) {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    private String title(long item) {
        return tree.jdbc().queryForObject("select title from agenda_item where id = ?", String.class, item);
    }
}
