package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** The rules of DOMAIN.md as a secretary meets them on the meeting's pages. */
@ChiboIntegrationTest
class MeetingRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    MockHttpSession secretary;
    YearMonth month = YearMonth.now();
    long meeting;

    @BeforeEach
    void openAMeetingWithEveryonePresent() throws Exception {
        fixture = new BranchFixture(tree, 2, 2);
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        meeting = Long.parseLong(plan.split("/")[2]);
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                .param("version", version())).andExpect(status().is3xxRedirection());
    }

    private String version() {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    private MvcResult vote(int inFavour, int against) throws Exception {
        return mvc.perform(post("/meetings/" + meeting + "/resolution").session(secretary).with(csrf())
                .param("version", version()).param("text", "Nghị quyết thử").param("votesFor", String.valueOf(inFavour))
                .param("votesAgainst", String.valueOf(against)).param("votesOther", "0")).andReturn();
    }

    @Test
    void probationaryMembersDoNotCountInTheVote() throws Exception {
        // Three full members and two probationary ones, all present: the base is 3, so 2 votes pass.
        assertThat(vote(2, 1).getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting);
        assertThat(tree.jdbc().queryForObject("select eligible_count from meeting where id = ?", Integer.class, meeting))
                .isEqualTo(3);
        assertThat(Browser.text(mvc.perform(get("/meetings/" + meeting).session(secretary)).andReturn()))
                .contains("Nghị quyết được thông qua.");

        vote(1, 2);
        assertThat(Browser.text(mvc.perform(get("/meetings/" + meeting).session(secretary)).andReturn()))
                .contains("Nghị quyết chưa được thông qua");

        // Five votes cannot come from three voters.
        MvcResult tooMany = vote(5, 0);
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(tooMany)).contains("Tổng số phiếu (5) nhiều hơn số đảng viên chính thức có mặt");
    }

    @Test
    void anExcusedMemberLeavesTheVotingBase() throws Exception {
        long excused = fixture.fullMembers.get(2);
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                .param("version", version()).param("marks[" + excused + "].status", "EXCUSED")
                .param("marks[" + excused + "].reason", "Đi viện")).andExpect(redirectedUrl("/meetings/" + meeting));
        vote(2, 0);
        assertThat(tree.jdbc().queryForObject("select eligible_count from meeting where id = ?", Integer.class, meeting))
                .isEqualTo(2);
    }

    @Test
    void ratingsAboveWhatTheRulesAllowAreRefusedAndNothingIsSaved() throws Exception {
        long disciplined = fixture.fullMembers.get(1);
        long slow = fixture.fullMembers.get(2);
        long steady = fixture.probationaryMembers.get(0);
        tree.jdbc().update("""
                insert into discipline (member_id, decided_on, form, deciding_body, decision_number)
                values (?, ?, 'REPRIMAND', 'Ủy ban Kiểm tra', '01-QĐ/UBKT')""", disciplined, Date.valueOf(month.atDay(2)));
        task(slow, "DONE_ON_TIME");
        task(slow, "NOT_DONE");
        task(slow, "NOT_DONE");
        task(steady, "DONE_ON_TIME");
        task(steady, "DONE_ON_TIME");

        String page = Browser.text(mvc.perform(get("/meetings/" + meeting + "/ratings").session(secretary)).andReturn());
        assertThat(page).contains("Bị kỷ luật trong tháng", "Chỉ hoàn thành 1/3 nhiệm vụ, dưới 50%",
                "cần ít nhất 30% vượt mức");

        MvcResult refused = mvc.perform(proposals("GOOD", "COMPLETED", "EXCELLENT")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(refused)).contains("Có đề xuất cao hơn mức quy định cho phép");
        assertThat(tree.jdbc().queryForObject("select count(*) from monthly_rating where branch_id = ?", Long.class,
                fixture.branch)).isZero();

        mvc.perform(proposals("NOT_COMPLETED", "NOT_COMPLETED", "GOOD")).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(tree.jdbc().queryForObject("select proposed_level from monthly_rating where member_id = ?",
                String.class, steady)).isEqualTo("GOOD");
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log where entity_type = 'monthly_rating'"
                + " and details like ?", Long.class, "member " + disciplined + " %-> NOT_COMPLETED")).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder proposals(String disciplinedLevel, String slowLevel, String steadyLevel) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/ratings").session(secretary)
                .with(csrf()).param("version", version());
        for (long member : fixture.everyone()) {
            String level = member == fixture.fullMembers.get(1) ? disciplinedLevel
                    : member == fixture.fullMembers.get(2) ? slowLevel
                    : member == fixture.probationaryMembers.get(0) ? steadyLevel : "GOOD";
            request.param("proposals[" + member + "].level", level);
        }
        return request;
    }

    /** A task given last month and reviewed at this meeting with the given result. */
    private void task(long member, String result) {
        tree.jdbc().update("""
                insert into task (assignee_id, branch_id, period, reviewed_meeting_id, cadence, source, kind, title,
                                  due_on, result)
                values (?, ?, ?, ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Nhiệm vụ tháng trước', ?, ?)""",
                member, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)), meeting,
                Date.valueOf(month.atDay(1)), result);
    }

    /** A task given last month, due on the given day, never reviewed: still open. */
    private void openTask(long member, LocalDate due, String kind, String title) {
        tree.jdbc().update("""
                insert into task (assignee_id, branch_id, period, cadence, source, kind, title, due_on, result)
                values (?, ?, ?, 'MONTHLY', 'RESOLUTION', ?, ?, ?, 'IN_PROGRESS')""",
                member, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)), kind, title, Date.valueOf(due));
    }

    @Test
    void aTaskOpenPastItsDueDateCountsAsNotDoneOnTime() throws Exception {
        LocalDate heldOn = month.atDay(10);
        tree.jdbc().update("update meeting set held_on = ? where id = ?", Date.valueOf(heldOn), meeting);
        long late = fixture.fullMembers.get(1);
        long onTheDay = fixture.fullMembers.get(2);
        task(late, "DONE_ON_TIME");
        openTask(late, heldOn.minusDays(1), "PROFESSIONAL", "Báo cáo chuyên môn quý");
        openTask(late, heldOn.minusDays(20), "MASS_ORGANIZATION", "Vận động hội viên");
        // Due on the day of the meeting: not yet past due.
        task(onTheDay, "DONE_ON_TIME");
        openTask(onTheDay, heldOn, "PARTY", "Viết bài tuyên truyền");

        String page = Browser.text(mvc.perform(get("/meetings/" + meeting + "/ratings").session(secretary)).andReturn());
        assertThat(page).contains("Chỉ hoàn thành 1/3 nhiệm vụ, dưới 50%", "quá hạn chưa xong: 2.",
                "Chuyên môn:", "Báo cáo chuyên môn quý", "Đoàn thể – xã hội:", "Vận động hội viên",
                "quá hạn, chưa hoàn thành", "Công tác Đảng:", "Nhiệm vụ tháng trước");
        MvcResult refused = mvc.perform(proposalsFor(Map.of(late, "COMPLETED"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        mvc.perform(proposalsFor(Map.of(late, "NOT_COMPLETED", onTheDay, "GOOD")))
                .andExpect(redirectedUrl("/meetings/" + meeting));
    }

    private MockHttpServletRequestBuilder proposalsFor(Map<Long, String> levels) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/ratings").session(secretary)
                .with(csrf()).param("version", version());
        levels.forEach((member, level) -> request.param("proposals[" + member + "].level", level));
        return request;
    }

    @Test
    void theGuidelinesWarnButDoNotBlock() throws Exception {
        mvc.perform(post("/meetings/" + meeting + "/plan").session(secretary).with(csrf()).param("version", version())
                        .param("kind", "REGULAR").param("heldOn", month.atDay(3).toString()).param("startsAt", "14:00")
                        .param("endsAt", "15:00").param("location", "Hội trường")
                        .param("chairId", String.valueOf(fixture.secretary))
                        .param("recorderId", String.valueOf(fixture.fullMembers.get(1)))
                        .param("agenda[0].title", "Nội dung").param("agenda[0].position", "1"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        String overview = Browser.text(mvc.perform(get("/meetings/" + meeting).session(secretary)).andReturn());
        assertThat(overview).contains("Buổi sinh hoạt chỉ 60 phút; hướng dẫn yêu cầu ít nhất 90 phút.");
    }

    @Test
    void theBranchPageCountsItsFullMembersAgainstTheGuidelines() throws Exception {
        // Three full members: enough, no committee.
        String three = Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(secretary)).andReturn());
        assertThat(three).doesNotContain("chi bộ cần ít nhất", "bầu chi ủy");

        // Two: too few (one leaves).
        tree.jdbc().update("update member set status = 'PROBATIONARY' where id = ?", fixture.fullMembers.get(2));
        assertThat(Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(secretary)).andReturn()))
                .contains("Chi bộ chỉ có 2 đảng viên chính thức; chi bộ cần ít nhất 3 đảng viên chính thức.");

        // Eight full members: no committee yet; nine: the page says one is to be elected.
        for (int i = 0; i < 6; i++) {
            tree.member(fixture.branch, "Đảng viên Thêm " + i, "FULL", "MEMBER");
        }
        assertThat(Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(secretary)).andReturn()))
                .doesNotContain("bầu chi ủy");
        tree.member(fixture.branch, "Đảng viên Thứ Chín", "FULL", "MEMBER");
        assertThat(Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(secretary)).andReturn()))
                .contains("Chi bộ có 9 đảng viên chính thức: theo quy định, chi bộ có từ 9 đảng viên chính thức trở lên"
                        + " bầu chi ủy");
    }

    @Test
    void aQuarterEndedWithoutAThematicMeetingIsWarnedOfOnItsLastMonth() throws Exception {
        int year = month.getYear() - 1;
        long february = held(YearMonth.of(year, 2), "REGULAR");
        long march = held(YearMonth.of(year, 3), "REGULAR");
        held(YearMonth.of(year, 5), "THEMATIC");
        long june = held(YearMonth.of(year, 6), "REGULAR");
        String warning = "Quý đã hết mà chi bộ không sinh hoạt chuyên đề";
        assertThat(Browser.text(mvc.perform(get("/meetings/" + march).session(secretary)).andReturn()))
                .contains(warning);
        assertThat(Browser.text(mvc.perform(get("/meetings/" + february).session(secretary)).andReturn()))
                .as("not before the quarter's last month").doesNotContain(warning, "Nhắc việc");
        assertThat(Browser.text(mvc.perform(get("/meetings/" + june).session(secretary)).andReturn()))
                .as("May's thematic meeting answers the quarter").doesNotContain(warning, "Nhắc việc");
    }

    @Test
    void theRollOfTheMonthLeavesOutWhoCameAfterItAndWhoLeftBeforeIt() throws Exception {
        long later = tree.member(fixture.branch, "Lê Văn Đến Sau", "FULL", "MEMBER");
        tree.jdbc().update("update member set admitted_on = ? where id = ?", Date.valueOf(month.plusMonths(1).atDay(1)),
                later);
        tree.historyFromRow(later);
        long gone = tree.member(fixture.branch, "Phạm Thị Đã Chuyển", "FULL", "MEMBER");
        tree.jdbc().update("update member set left_on = ? where id = ?",
                Date.valueOf(month.minusMonths(1).atEndOfMonth()), gone);
        tree.historyFromRow(gone);
        long lastDay = tree.member(fixture.branch, "Hoàng Văn Ngày Cuối", "FULL", "MEMBER");
        tree.jdbc().update("update member set admitted_on = ? where id = ?", Date.valueOf(month.atEndOfMonth()),
                lastDay);
        tree.historyFromRow(lastDay);

        String page = Browser.text(mvc.perform(get("/meetings/" + meeting).session(secretary)).andReturn());
        assertThat(page).contains("Tổng số đảng viên: 6;").contains("Còn 1 đồng chí chưa điểm danh.");
        String attendance = Browser.text(mvc.perform(get("/meetings/" + meeting + "/attendance").session(secretary))
                .andReturn());
        assertThat(attendance).contains("Hoàng Văn Ngày Cuối")
                .doesNotContain("Lê Văn Đến Sau", "Phạm Thị Đã Chuyển");
    }

    @Test
    void aMemberWithThreeUnexcusedMonthsThisYearIsFlaggedForReview() throws Exception {
        int year = month.getYear() - 1; // a whole year of meetings, none opened by the set-up
        long january = held(YearMonth.of(year, 1), "REGULAR");
        long thematic = held(YearMonth.of(year, 1), "THEMATIC");
        long february = held(YearMonth.of(year, 2), "REGULAR");
        long november = held(YearMonth.of(year, 11), "REGULAR");
        long december = held(YearMonth.of(year, 12), "REGULAR");
        long lastYear = held(YearMonth.of(year - 1, 12), "REGULAR");
        // Three months of this year: flagged.
        long absent = fixture.fullMembers.get(1);
        unexcused(absent, january, february, december);
        // Four absences, but in two months of this year (two meetings in January, one in February) and
        // one month of the year before.
        long twice = fixture.fullMembers.get(2);
        unexcused(twice, january, thematic, february, lastYear);
        // Three months of this year, but gone from the branch before December: not on its roll.
        long gone = tree.member(fixture.branch, "Phạm Thị Đã Chuyển", "FULL", "MEMBER");
        tree.jdbc().update("update member set left_on = ? where id = ?", Date.valueOf(YearMonth.of(year, 11)
                .atEndOfMonth()), gone);
        tree.historyFromRow(gone);
        unexcused(gone, january, february, november);

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        assertThat(Browser.text(mvc.perform(get("/meetings/" + december).session(staff)).andReturn()))
                .contains("Đồng chí Trần Thị An đã vắng sinh hoạt không lý do 3 tháng trong năm")
                .doesNotContain("Lê Văn Bình đã vắng", "Phạm Thị Đã Chuyển đã vắng");
        // November's page counts the months up to November only, when the one who left was still there.
        assertThat(Browser.text(mvc.perform(get("/meetings/" + november).session(staff)).andReturn()))
                .contains("Đồng chí Phạm Thị Đã Chuyển đã vắng sinh hoạt không lý do 3 tháng trong năm")
                .doesNotContain("Trần Thị An đã vắng", "Lê Văn Bình đã vắng");
    }

    private long held(YearMonth period, String kind) {
        return tree.jdbc().queryForObject("""
                insert into meeting (branch_id, period, kind, status) values (?, ?, ?, 'HELD') returning id""",
                Long.class, fixture.branch, Date.valueOf(period.atDay(1)), kind);
    }

    /** Marks written as the attendance step does, with the month summaries recounted as its save does. */
    private void unexcused(long member, long... meetings) {
        for (long id : meetings) {
            tree.jdbc().update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'UNEXCUSED')",
                    id, member);
        }
        tree.jdbc().queryForObject("select refresh_branch_month_summary(array[?]::bigint[], '-infinity', 'infinity')",
                Integer.class, fixture.branch);
    }

    @Test
    void theMinutesPdfNamesTheBranchAndTheMonth() throws Exception {
        MvcResult pdf = mvc.perform(get("/meetings/" + meeting + "/minutes.pdf").session(secretary))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        String branchName = tree.jdbc().queryForObject("select name from organization where id = ?", String.class,
                fixture.branch);
        assertThat(text).contains("BIÊN BẢN", String.format("tháng %02d/%d", month.getMonthValue(), month.getYear()))
                .contains(branchName.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        mvc.perform(get("/branches/" + fixture.branch + "/meetings/" + month + "/minutes.pdf").session(secretary))
                .andExpect(status().isOk());
    }

    private String minutesText() throws Exception {
        MvcResult pdf = mvc.perform(get("/meetings/" + meeting + "/minutes.pdf").session(secretary))
                .andExpect(status().isOk()).andReturn();
        return new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray())).getTextFromPage(1);
    }

    @Test
    void theMinutesDateLineBeginsWithThePlaceOfTheNearestOrganizationThatSetsOne() throws Exception {
        tree.jdbc().update("update meeting set held_on = ? where id = ?", Date.valueOf(month.atDay(5)), meeting);
        String day = String.format("ngày 05 tháng %02d năm %d", month.getMonthValue(), month.getYear());
        assertThat(minutesText()).contains(day).doesNotContain(", " + day);

        // Set on the province (by its administrator), the branch below takes it.
        tree.jdbc().update("update organization set place = 'Quảng Ninh' where id = ?", fixture.province);
        assertThat(minutesText()).contains("Quảng Ninh, " + day);

        // The committee's staff give the branch its own.
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        Map<String, Object> branch = tree.jdbc().queryForMap("select name, code from organization where id = ?",
                fixture.branch);
        mvc.perform(post("/organizations/" + fixture.branch + "/manage").session(staff).with(csrf())
                        .param("name", (String) branch.get("name")).param("code", (String) branch.get("code"))
                        .param("parentCode", "").param("place", " Cô Tô "))
                .andExpect(status().is3xxRedirection());
        assertThat(tree.jdbc().queryForObject("select place from organization where id = ?", String.class,
                fixture.branch)).isEqualTo("Cô Tô");
        assertThat(minutesText()).contains("Cô Tô, " + day);
        // The secretary does not manage the tree.
        mvc.perform(post("/organizations/" + fixture.branch + "/manage").session(secretary).with(csrf())
                        .param("name", (String) branch.get("name")).param("code", (String) branch.get("code"))
                        .param("place", "Nơi khác"))
                .andExpect(status().isForbidden());
        assertThat(minutesText()).contains("Cô Tô, " + day);
    }
}
