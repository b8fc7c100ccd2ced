package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** Who must not change a meeting, and what happens to bad or stale input. */
@ChiboIntegrationTest
class MeetingRefusalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    MockHttpSession secretary;
    long meeting;
    YearMonth month = YearMonth.now();

    @BeforeEach
    void openAMeeting() throws Exception {
        fixture = new BranchFixture(tree, 2, 1);
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        meeting = Long.parseLong(plan.split("/")[2]);
    }

    private String version() {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    private List<MockHttpServletRequestBuilder> everyWrite() {
        String v = version();
        long task = tree.jdbc().queryForObject("""
                insert into task (assignee_id, branch_id, period, assigned_meeting_id, cadence, source, kind, title,
                                  due_on, result)
                values (?, ?, ?, ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Nhiệm vụ thử', ?, 'NOT_STARTED') returning id""",
                Long.class, fixture.secretary, fixture.branch, java.sql.Date.valueOf(month.atDay(1)), meeting,
                java.sql.Date.valueOf(month.plusMonths(1).atDay(10)));
        return List.of(
                post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "THEMATIC"),
                post("/meetings/" + meeting + "/plan").param("version", v).param("kind", "REGULAR"),
                post("/meetings/" + meeting + "/attendance/all-present").param("version", v),
                post("/meetings/" + meeting + "/attendance").param("version", v)
                        .param("marks[" + fixture.secretary + "].status", "PRESENT"),
                post("/meetings/" + meeting + "/minutes").param("version", v),
                post("/meetings/" + meeting + "/tasks/review").param("version", v),
                post("/meetings/" + meeting + "/tasks").param("version", v)
                        .param("assigneeId", String.valueOf(fixture.secretary)).param("title", "Việc")
                        .param("dueOn", month.plusMonths(1).atDay(5).toString()),
                post("/meetings/" + meeting + "/tasks/" + task + "/withdraw").param("version", v),
                post("/meetings/" + meeting + "/resolution").param("version", v).param("text", "NQ")
                        .param("votesFor", "1"),
                post("/meetings/" + meeting + "/ratings").param("version", v),
                post("/meetings/" + meeting + "/quality").param("version", v).param("preparation", "1")
                        .param("attendance", "1").param("conduct", "1").param("closing", "1"),
                post("/meetings/" + meeting + "/finalize").param("version", v),
                post("/meetings/" + meeting + "/reopen").param("reason", "Thử"));
    }

    @Test
    void anotherBranchsSecretaryIsRefusedOnEveryWriteRoute() throws Exception {
        refusedEverywhere(Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD));
    }

    @Test
    void aMemberOfTheBranchIsRefusedOnEveryWriteRoute() throws Exception {
        refusedEverywhere(Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD));
    }

    @Test
    void districtStaffReadButDoNotRecordTheMeeting() throws Exception {
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/meetings/" + meeting).session(staff)).andExpect(status().isOk());
        for (MockHttpServletRequestBuilder write : everyWrite()) {
            int expected = write.buildRequest(null).getRequestURI().endsWith("/reopen") ? 409 : 403;
            mvc.perform(write.session(staff).with(csrf())).andExpect(status().is(expected));
        }
    }

    @Test
    void theTrailAboveAMeetingNamesOnlyTheCommitteesTheUserMayOpen() throws Exception {
        long commune = tree.committee(fixture.province, "COMMUNE_COMMITTEE", TreeBuilder.unique("Đảng ủy xã"));
        long branch = tree.branch(commune, TreeBuilder.unique("Chi bộ thôn"));
        long secretaryId = tree.member(branch, "Lý Văn Khánh", "FULL", "SECRETARY");
        String branchSecretary = TreeBuilder.unique("btt");
        tree.account(branchSecretary, BranchFixture.PASSWORD, secretaryId, branch, "SECRETARY", "MEMBER");
        String communeStaff = TreeBuilder.unique("cbx");
        tree.account(communeStaff, BranchFixture.PASSWORD, null, commune, "DISTRICT_STAFF");
        MockHttpSession own = Browser.login(mvc, branchSecretary, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(own).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        String page = "/meetings/" + plan.split("/")[2];

        assertThat(trail(page, Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD)))
                .containsExactly("/organizations/" + fixture.province, "/organizations/" + commune, "/branches/" + branch);
        assertThat(trail(page, Browser.login(mvc, communeStaff, BranchFixture.PASSWORD)))
                .containsExactly("/organizations/" + commune, "/branches/" + branch);
        assertThat(trail(page, own)).containsExactly("/branches/" + branch);
    }

    @Test
    void theStepsLinkToEveryStepOfTheMeetingAndToFinalizing() throws Exception {
        String html = mvc.perform(get("/meetings/" + meeting).session(secretary)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        for (String step : List.of("plan", "attendance", "minutes", "tasks", "resolution", "ratings", "quality")) {
            assertThat(html).contains("href=\"/meetings/" + meeting + "/" + step + "\"");
        }
        assertThat(html).contains("href=\"/meetings/" + meeting + "#finalize\"", "id=\"finalize\"");
    }

    /** The links of the breadcrumb items before the meeting list's. */
    private List<String> trail(String page, MockHttpSession session) throws Exception {
        String html = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String breadcrumb = html.substring(html.indexOf("class=\"breadcrumb\""), html.indexOf("</ol>"));
        return java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(breadcrumb).results()
                .map(match -> match.group(1)).filter(href -> !href.endsWith("/meetings")).toList();
    }

    private void refusedEverywhere(MockHttpSession session) throws Exception {
        String before = version();
        for (MockHttpServletRequestBuilder write : everyWrite()) {
            MvcResult result = mvc.perform(write.session(session).with(csrf())).andReturn();
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(403);
            assertThat(Browser.text(result)).contains("Không có quyền truy cập");
        }
        assertThat(version()).isEqualTo(before);
        mvc.perform(get("/meetings/" + meeting).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + meeting + "/minutes.pdf").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aStaleSaveIsRefusedAndWhatWasTypedComesBack() throws Exception {
        String seen = version();
        long item = tree.jdbc().queryForObject(
                "select id from agenda_item where meeting_id = ? order by position limit 1", Long.class, meeting);
        mvc.perform(post("/meetings/" + meeting + "/minutes").session(secretary).with(csrf()).param("version", seen)
                .param("minutes[" + item + "]", "Bản của người thứ nhất")).andExpect(redirectedUrl("/meetings/" + meeting));

        MvcResult second = mvc.perform(post("/meetings/" + meeting + "/minutes").session(secretary).with(csrf())
                .param("version", seen).param("minutes[" + item + "]", "Bản của người thứ hai, gõ rất dài"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(Browser.text(second)).contains("Người khác vừa lưu buổi sinh hoạt này")
                .contains("Bản của người thứ hai, gõ rất dài");
        assertThat(tree.jdbc().queryForObject("select minutes from agenda_item where id = ?", String.class, item))
                .isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void finalizingAnIncompleteMeetingListsWhatIsMissing() throws Exception {
        MvcResult result = mvc.perform(post("/meetings/" + meeting + "/finalize").session(secretary).with(csrf())
                .param("version", version())).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(Browser.text(result)).contains("Chưa thể khóa biên bản", "Thư ký", "Điểm danh của:",
                "Nguyễn Văn Bí", "Nghị quyết và kết quả biểu quyết", "Xếp loại của:");
        assertThat(tree.jdbc().queryForObject("select status from meeting where id = ?", String.class, meeting))
                .isEqualTo("PLANNED");
    }

    @Test
    void anExcusedAbsenceWithoutAReasonIsRefusedAndTheRestIsKept() throws Exception {
        long a = fixture.fullMembers.get(1);
        long b = fixture.fullMembers.get(2);
        MvcResult result = mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", version())
                        .param("marks[" + a + "].status", "EXCUSED").param("marks[" + a + "].reason", "")
                        .param("marks[" + b + "].status", "ON_DUTY").param("marks[" + b + "].reason", "Tập huấn ở tỉnh"))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(Browser.text(result)).contains("Vắng có lý do cần ghi rõ lý do.", "Tập huấn ở tỉnh");
        assertThat(tree.jdbc().queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isZero();
    }

    @Test
    void theChairAndTheRecorderCannotBeAbsentFromTheMeetingTheyChairOrRecord() throws Exception {
        long recorder = fixture.fullMembers.get(2);
        long other = fixture.fullMembers.get(1);
        mvc.perform(plan(fixture.secretary, recorder)).andExpect(status().is3xxRedirection());

        MvcResult absentChair = mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", version())
                        .param("marks[" + fixture.secretary + "].status", "EXCUSED")
                        .param("marks[" + fixture.secretary + "].reason", "Đi họp huyện")
                        .param("marks[" + other + "].status", "ON_DUTY").param("marks[" + other + "].reason", "Trực ban"))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(Browser.text(absentChair)).contains("Người chủ trì buổi sinh hoạt phải có mặt.", "Đi họp huyện", "Trực ban");
        assertThat(tree.jdbc().queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isZero();

        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", version())
                        .param("marks[" + other + "].status", "ON_DUTY").param("marks[" + other + "].reason", "Trực ban"))
                .andExpect(status().is3xxRedirection());
        assertThat(Browser.text(mvc.perform(plan(fixture.secretary, other))
                .andExpect(status().isUnprocessableEntity()).andReturn()))
                .contains("Thư ký đã được điểm danh là vắng mặt");
    }

    private RequestBuilder plan(long chair, long recorder) throws Exception {
        return post("/meetings/" + meeting + "/plan").session(secretary).with(csrf())
                .param("version", version()).param("kind", "REGULAR")
                .param("heldOn", month.atDay(6).toString()).param("startsAt", "08:00").param("endsAt", "10:00")
                .param("location", "Nhà văn hóa thôn thử")
                .param("chairId", String.valueOf(chair)).param("recorderId", String.valueOf(recorder))
                .param("agenda[0].title", "Mục duy nhất").param("agenda[0].position", "1");
    }

    @Test
    void planWithAChairWhoIsNotASecretaryIsRefusedWithEveryValueKept() throws Exception {
        MvcResult result = mvc.perform(post("/meetings/" + meeting + "/plan").session(secretary).with(csrf())
                        .param("version", version()).param("kind", "REGULAR")
                        .param("heldOn", month.atDay(6).toString()).param("startsAt", "08:00").param("endsAt", "07:00")
                        .param("location", "Nhà văn hóa thôn thử")
                        .param("chairId", String.valueOf(fixture.fullMembers.get(1)))
                        .param("recorderId", String.valueOf(fixture.fullMembers.get(2)))
                        .param("agenda[0].title", "Mục duy nhất").param("agenda[0].position", "1"))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(Browser.text(result)).contains("Người chủ trì phải là Bí thư hoặc Phó Bí thư",
                "Giờ kết thúc phải sau giờ bắt đầu", "Nhà văn hóa thôn thử", "Mục duy nhất");
        mvc.perform(post("/meetings/" + meeting + "/plan").session(secretary).with(csrf())
                        .param("version", version()).param("kind", "REGULAR").param("heldOn", "không phải ngày")
                        .param("location", ""))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aMonthTooFarAheadCannotBePlannedAndAMalformedMonthIsABadRequest() throws Exception {
        mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month.plusMonths(6)).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(tree.jdbc().queryForObject("select count(*) from meeting where branch_id = ?", Long.class,
                fixture.branch)).isEqualTo(1);
        mvc.perform(get("/branches/" + fixture.branch + "/meetings/2026-13").session(secretary))
                .andExpect(status().isBadRequest());
    }
}
