package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.YearMonth;
import java.util.List;
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

/**
 * Biểu dương and phê bình at the monthly meeting: recorded per member in the rating step, listed
 * in the minutes, and, once the meeting is finalized, on the member's page, on their own start
 * page and beside the year-end proposal. Only the branch's secretary records them.
 */
@ChiboIntegrationTest
class CommendationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    MockHttpSession secretary;
    YearMonth month = YearMonth.now();
    long meeting;
    long commended;
    long criticised;

    @BeforeEach
    void openAMeetingWithEveryonePresent() throws Exception {
        fixture = new BranchFixture(tree, 2, 1);
        commended = fixture.fullMembers.get(1);
        criticised = fixture.fullMembers.get(2);
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

    private MockHttpServletRequestBuilder ratingStep(MockHttpSession who, Map<Long, String[]> commendations) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/ratings").session(who).with(csrf())
                .param("version", version());
        for (long member : fixture.everyone()) {
            request.param("proposals[" + member + "].level", "GOOD")
                    .param("proposals[" + member + "].comment", "Nhận xét " + member);
            String[] typed = commendations.get(member);
            request.param("proposals[" + member + "].commendation", typed == null ? "" : typed[0])
                    .param("proposals[" + member + "].commendationNote", typed == null ? "" : typed[1]);
        }
        return request;
    }

    private List<Map<String, Object>> stored() {
        return tree.jdbc().queryForList(
                "select member_id, kind, note from commendation where meeting_id = ? order by member_id", meeting);
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theSecretaryCommendsAndCriticisesAndTheMinutesListThem() throws Exception {
        mvc.perform(ratingStep(secretary, Map.of(
                        commended, new String[] {"COMMENDATION", " Vận động 5 hộ dân hiến đất làm đường. "},
                        criticised, new String[] {"CRITICISM", "Chậm nộp báo cáo của tổ."})))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(stored()).extracting(row -> row.get("kind") + ":" + row.get("note")).containsExactly(
                "COMMENDATION:Vận động 5 hộ dân hiến đất làm đường.", "CRITICISM:Chậm nộp báo cáo của tổ.");
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log where entity_type = 'commendation'"
                + " and entity_id = ? and action = 'COMMEND'", Long.class, meeting)).isEqualTo(2);

        // The step shows them again, and a second save with the criticism cleared removes only it.
        String step = page(secretary, "/meetings/" + meeting + "/ratings");
        assertThat(step).contains("Vận động 5 hộ dân hiến đất làm đường.", "Chậm nộp báo cáo của tổ.");
        mvc.perform(ratingStep(secretary, Map.of(
                        commended, new String[] {"COMMENDATION", "Vận động 5 hộ dân hiến đất làm đường."})))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(stored()).hasSize(1).first().extracting(row -> row.get("member_id"))
                .isEqualTo(commended);

        // The minutes, read back from the PDF.
        MvcResult pdf = mvc.perform(get("/meetings/" + meeting + "/minutes.pdf").session(secretary))
                .andExpect(status().isOk()).andReturn();
        PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("BIỂU DƯƠNG, PHÊ BÌNH",
                "Biểu dương đồng chí Trần Thị An: Vận động 5 hộ dân hiến đất làm đường.");
    }

    @Test
    void aKindWithoutTextOrTextWithoutAKindIsRefusedAndNothingIsSaved() throws Exception {
        MvcResult refused = mvc.perform(ratingStep(secretary, Map.of(
                commended, new String[] {"COMMENDATION", "  "},
                criticised, new String[] {"", "Chậm nộp báo cáo của tổ."}))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        String page = Browser.text(refused);
        assertThat(page).contains("Ghi nội dung biểu dương hoặc phê bình.",
                "Chọn biểu dương hoặc phê bình cho nội dung này.", "Chưa lưu: xem các dòng đánh dấu đỏ.")
                .as("what was typed is kept").contains("value=\"Chậm nộp báo cáo của tổ.\"", "value=\"Nhận xét " + commended);
        assertThat(stored()).isEmpty();
        assertThat(tree.jdbc().queryForObject("select count(*) from monthly_rating where branch_id = ?", Long.class,
                fixture.branch)).as("nor the proposals saved with them").isZero();

        MvcResult tooLong = mvc.perform(ratingStep(secretary, Map.of(
                commended, new String[] {"COMMENDATION", "x".repeat(1001)}))).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(stored()).isEmpty();
    }

    @Test
    void onlyTheBranchSecretaryRecordsThem() throws Exception {
        Map<Long, String[]> commendation = Map.of(commended, new String[] {"COMMENDATION", "Tích cực"});
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        for (MockHttpSession who : List.of(neighbour, staff, member)) {
            mvc.perform(ratingStep(who, commendation)).andExpect(status().isForbidden());
        }
        assertThat(stored()).isEmpty();
    }

    @Test
    void onceFinalizedTheMemberPageTheirOwnPageAndTheYearEndShowThem() throws Exception {
        mvc.perform(ratingStep(secretary, Map.of(
                        fixture.fullMembers.get(1), new String[] {"COMMENDATION", "Vận động 5 hộ dân hiến đất làm đường."},
                        criticised, new String[] {"CRITICISM", "Chậm nộp báo cáo của tổ."})))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        // Not before the meeting is finalized: the branch has not agreed on it yet.
        assertThat(page(member, "/me")).doesNotContain("Vận động 5 hộ dân");
        assertThat(page(staff, "/members/" + commended)).doesNotContain("Vận động 5 hộ dân");

        tree.jdbc().update("update meeting set status = 'FINALIZED', finalized_at = now() where id = ?", meeting);
        tree.jdbc().update("update monthly_rating set final_level = proposed_level, decided_at = now(),"
                + " decided_by = 'test' where branch_id = ?", fixture.branch);
        // The member who was commended sees it on /me; not the criticism of someone else.
        assertThat(page(member, "/me")).contains("Biểu dương, phê bình năm " + month.getYear(),
                "Vận động 5 hộ dân hiến đất làm đường.").doesNotContain("Chậm nộp báo cáo của tổ.");
        assertThat(page(staff, "/members/" + criticised)).contains("Phê bình", "Chậm nộp báo cáo của tổ.");
        assertThat(page(secretary, "/members/" + commended)).contains("Biểu dương", "Vận động 5 hộ dân hiến đất làm đường.");
        assertThat(page(staff, "/reports/annual?org=" + fixture.province + "&year=" + month.getYear()))
                .contains("T" + month.getMonthValue() + ": Biểu dương – Vận động 5 hộ dân hiến đất làm đường.",
                        "T" + month.getMonthValue() + ": Phê bình – Chậm nộp báo cáo của tổ.");
        // A member of another branch does not see the member's page at all.
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/members/" + criticised).session(neighbour)).andExpect(status().isForbidden());
    }
}
