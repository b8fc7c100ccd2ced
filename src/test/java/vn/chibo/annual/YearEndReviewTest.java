package vn.chibo.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * The branch's year-end review over HTTP: the secretary proposes each member's level from their
 * months (a departure needs a reason) and answers each commitment kept or not; the committee above
 * decides from the branch's proposal; staff, the neighbour and the member cannot propose.
 */
@ChiboIntegrationTest
class YearEndReviewTest {

    static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession secretary;
    long an;
    long binh;
    long kept;
    long notKept;

    @BeforeEach
    void aYearOfMonthsAndCommitments() throws Exception {
        fixture = new BranchFixture(tree, 2, 0);
        jdbc = tree.jdbc();
        an = fixture.fullMembers.get(1);
        binh = fixture.fullMembers.get(2);
        Map<Long, String> levels = Map.of(fixture.secretary, "GOOD", an, "GOOD", binh, "EXCELLENT");
        levels.forEach((member, level) -> {
            for (int month = 1; month <= 12; month++) {
                jdbc.update("""
                        insert into monthly_rating (member_id, branch_id, period, proposed_level, final_level, decided_at)
                        values (?, ?, ?, ?, ?, now())""", member, fixture.branch,
                        Date.valueOf(LocalDate.of(YEAR, month, 1)), level, level);
            }
        });
        kept = commitment(an, "CULTIVATION", "Học xong lớp lý luận chính trị trung cấp");
        notKept = commitment(an, "DIRECTIVE_05", "Mỗi tháng một việc tốt giúp bà con thôn Hải Tiến");
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
    }

    private long commitment(long member, String kind, String text) {
        return jdbc.queryForObject("insert into member_commitment (member_id, year, kind, text) values (?, ?, ?, ?) returning id",
                Long.class, member, YEAR, kind, text);
    }

    private MockHttpServletRequestBuilder propose(MockHttpSession who, long member, int year, String level, String reason) {
        MockHttpServletRequestBuilder request = post("/branches/" + fixture.branch + "/year-end/" + member).session(who)
                .with(csrf()).param("year", String.valueOf(year));
        if (level != null) {
            request.param("level", level);
        }
        return reason == null ? request : request.param("reason", reason);
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return Browser.text(mvc.perform(request).andExpect(status().isUnprocessableEntity()).andReturn());
    }

    @Test
    void theBranchProposesFromTheMonthsAndTheCommitteeDecidesFromTheBranchsProposal() throws Exception {
        String review = page(secretary, "/branches/" + fixture.branch + "/year-end?year=" + YEAR);
        assertThat(review).contains("Kiểm điểm, đề xuất xếp loại cuối năm 2025", "Trần Thị An",
                "Học xong lớp lý luận chính trị trung cấp", "Mỗi tháng một việc tốt", "Lưu đề xuất",
                "Cấp ủy có thẩm quyền quyết định");

        // Another level than the months' without a reason: refused, the commitments' answers kept.
        String noReason = refused(propose(secretary, an, YEAR, "EXCELLENT", " ").param("kept[" + kept + "]", "true"));
        assertThat(noReason).contains("Mức đề xuất khác kết quả các tháng: cần ghi lý do.");
        assertThat(noReason).containsPattern("id=\"kept-" + kept + "-yes\"[^>]*checked");
        // A commitment left unanswered: refused, the reason kept, nothing written.
        String unanswered = refused(propose(secretary, an, YEAR, "EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ đột xuất phòng chống bão")
                .param("kept[" + kept + "]", "true"));
        assertThat(unanswered).contains("Vui lòng đánh giá từng cam kết", "phòng chống bão");
        assertThat(jdbc.queryForObject("select count(*) from annual_classification where member_id = ?", Long.class, an))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from member_commitment where member_id = ? and kept is not null",
                Long.class, an)).isZero();

        mvc.perform(propose(secretary, an, YEAR, "EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ đột xuất phòng chống bão")
                        .param("kept[" + kept + "]", "true").param("kept[" + notKept + "]", "false"))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/year-end?year=" + YEAR + "#member-" + an));
        assertThat(jdbc.queryForMap("select branch_level, branch_reason, final_level from annual_classification"
                + " where member_id = ? and year = ?", an, YEAR)).containsEntry("branch_level", "EXCELLENT")
                .containsEntry("branch_reason", "Hoàn thành xuất sắc nhiệm vụ đột xuất phòng chống bão")
                .containsEntry("final_level", null);
        assertThat(jdbc.queryForList("select kept from member_commitment where member_id = ? order by id", Boolean.class, an))
                .containsExactly(true, false);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'annual_classification'"
                + " and action = 'BRANCH_PROPOSE' and member_id = ?", Long.class, an)).isEqualTo(1);
        // The months' level needs no reason; a member without commitments has nothing to answer.
        mvc.perform(propose(secretary, binh, YEAR, "COMPLETED", "Chưa gương mẫu trong sinh hoạt"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(propose(secretary, fixture.secretary, YEAR, "GOOD", null)).andExpect(status().is3xxRedirection());

        // The committee sees the branch's proposal and decides from it: the same level needs no reason.
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        String report = page(staff, "/reports/annual?org=" + fixture.branch + "&year=" + YEAR);
        assertThat(report).contains("Chi bộ đề xuất", "phòng chống bão", "Chưa gương mẫu trong sinh hoạt")
                // The quota counts the branch's proposals: An excellent, the secretary good, Bình completed.
                .contains("Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 1");
        mvc.perform(post("/reports/annual/decide").session(staff).with(csrf()).param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).param("memberId", String.valueOf(binh)).param("level", "EXCELLENT"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/reports/annual/decide").session(staff).with(csrf()).param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).param("memberId", String.valueOf(an)).param("level", "EXCELLENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select final_level from annual_classification where member_id = ? and year = ?",
                String.class, an, YEAR)).isEqualTo("EXCELLENT");

        // Decided: the branch's proposal for that member is closed.
        assertThat(refused(propose(secretary, an, YEAR, "GOOD", null).param("kept[" + kept + "]", "true")
                .param("kept[" + notKept + "]", "true"))).contains("Cấp ủy đã quyết định xếp loại năm của đảng viên này");
        assertThat(jdbc.queryForObject("select branch_level from annual_classification where member_id = ? and year = ?",
                String.class, an, YEAR)).isEqualTo("EXCELLENT");

        // The member reads what the review said of each commitment.
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        assertThat(page(member, "/me/commitments?year=" + YEAR)).contains("Học xong lớp lý luận chính trị trung cấp",
                "Đã thực hiện", "Chưa thực hiện").doesNotContain("Thêm cam kết");
    }

    @Test
    void onlyTheSecretaryProposesAndOnlyFromDecember() throws Exception {
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        for (MockHttpSession who : List.of(staff, neighbour, member)) {
            mvc.perform(propose(who, binh, YEAR, "EXCELLENT", null)).andExpect(status().isForbidden());
        }
        assertThat(page(staff, "/branches/" + fixture.branch + "/year-end?year=" + YEAR))
                .contains("Học xong lớp lý luận chính trị trung cấp").doesNotContain("Lưu đề xuất");
        for (MockHttpSession who : List.of(neighbour, member)) {
            mvc.perform(get("/branches/" + fixture.branch + "/year-end").session(who)).andExpect(status().isForbidden());
        }
        int next = Year.now().getValue() + 1;
        assertThat(refused(propose(secretary, binh, next, "EXCELLENT", null)))
                .contains("Kiểm điểm cuối năm " + next + " bắt đầu từ ngày 01/12/" + next);
        long stranger = jdbc.queryForObject("select id from member where branch_id = ? limit 1", Long.class, fixture.neighbour);
        assertThat(refused(propose(secretary, stranger, YEAR, "GOOD", null)))
                .contains("Đảng viên này không thuộc danh sách xếp loại năm");
        assertThat(jdbc.queryForObject("select count(*) from annual_classification a join member m on m.id = a.member_id"
                + " where m.branch_id in (?, ?)", Long.class, fixture.branch, fixture.neighbour)).isZero();
    }
}
