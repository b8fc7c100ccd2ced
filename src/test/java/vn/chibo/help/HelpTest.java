package vn.chibo.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
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
 * Giúp đỡ đảng viên over HTTP: the secretary gives a weak member a helper and a plan, the branch page
 * and the dashboard list who is being helped and since when, and the plan closes with a note. Only
 * members whose last months call for it; staff, the neighbouring secretary and the member read only.
 */
@ChiboIntegrationTest
class HelpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession secretary;
    long an;
    long binh;
    final YearMonth last = YearMonth.now().minusMonths(1);

    @BeforeEach
    void aMemberNotCompletingLastMonth() throws Exception {
        fixture = new BranchFixture(tree, 2, 0);
        jdbc = tree.jdbc();
        an = fixture.fullMembers.get(1);
        binh = fixture.fullMembers.get(2);
        rate(an, last.minusMonths(1), "GOOD");
        rate(an, last, "NOT_COMPLETED");
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
    }

    private void rate(long member, YearMonth period, String level) {
        jdbc.update("""
                insert into monthly_rating (member_id, branch_id, period, proposed_level, final_level, decided_at)
                values (?, ?, ?, ?, ?, now())""", member, fixture.branch, Date.valueOf(period.atDay(1)), level, level);
    }

    private ResultActions start(MockHttpSession who, long member, String helper, String plan) throws Exception {
        return mvc.perform(post("/members/" + member + "/help").session(who).with(csrf()).param("helperId", helper)
                .param("plan", plan));
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theSecretaryGivesAHelperAndAPlanListedOnTheBranchAndTheDashboardUntilItCloses() throws Exception {
        assertThat(page(secretary, "/members/" + an + "/help")).contains("Phân công giúp đỡ", "Lê Văn Bình");
        start(secretary, an, String.valueOf(binh), " Kèm cặp hoàn thành báo cáo đúng hạn; gặp gỡ hằng tuần. ")
                .andExpect(redirectedUrl("/members/" + an + "/help"));
        assertThat(jdbc.queryForObject("select plan from help_plan where member_id = ?", String.class, an))
                .isEqualTo("Kèm cặp hoàn thành báo cáo đúng hạn; gặp gỡ hằng tuần.");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'help'"
                + " and action = 'HELP_START' and member_id = ?", Long.class, an)).isEqualTo(1);

        String branch = page(secretary, "/branches/" + fixture.branch);
        assertThat(branch).contains("Đảng viên đang được giúp đỡ", "Trần Thị An",
                "Đồng chí Lê Văn Bình giúp đỡ từ ngày");
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        String dashboard = page(staff, "/dashboard?org=" + fixture.province);
        assertThat(dashboard).contains("Đảng viên đang được giúp đỡ: 1", "members/" + an + "/help");

        // A second plan while one is open is refused, what was typed kept.
        String refused = Browser.text(start(secretary, an, String.valueOf(binh), "Kế hoạch thứ hai")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("đang được giúp đỡ theo một kế hoạch chưa kết thúc", "Kế hoạch thứ hai");

        long plan = jdbc.queryForObject("select id from help_plan where member_id = ?", Long.class, an);
        refused = Browser.text(mvc.perform(post("/members/" + an + "/help/" + plan + "/close").session(secretary)
                .with(csrf()).param("closingNote", "  ")).andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Xin ghi kết quả giúp đỡ");
        mvc.perform(post("/members/" + an + "/help/" + plan + "/close").session(secretary).with(csrf())
                        .param("closingNote", "Đã tiến bộ, tháng này hoàn thành tốt nhiệm vụ."))
                .andExpect(redirectedUrl("/members/" + an + "/help"));
        assertThat(page(secretary, "/members/" + an + "/help")).contains("Đã tiến bộ, tháng này hoàn thành tốt nhiệm vụ.");
        assertThat(page(secretary, "/branches/" + fixture.branch)).doesNotContain("Đảng viên đang được giúp đỡ");
        assertThat(page(staff, "/dashboard?org=" + fixture.province)).contains("Đảng viên đang được giúp đỡ: 0");
    }

    @Test
    void onlyMembersWhoseLastMonthsCallForItAreHelpedByAFullMemberOfTheBranch() throws Exception {
        String refused = Browser.text(start(secretary, binh, String.valueOf(an), "Giúp đỡ")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Chỉ giúp đỡ đảng viên xếp loại");
        long stranger = jdbc.queryForObject("select id from member where branch_id = ?", Long.class, fixture.neighbour);
        refused = Browser.text(start(secretary, an, String.valueOf(stranger), "Giúp đỡ")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Xin chọn một đảng viên chính thức khác của chi bộ", "Giúp đỡ");
        start(secretary, an, String.valueOf(an), "Tự giúp").andExpect(status().isUnprocessableEntity());

        // Completed two months running: helped; completed, then good: not.
        rate(binh, last.minusMonths(1), "COMPLETED");
        rate(binh, last, "COMPLETED");
        start(secretary, binh, String.valueOf(fixture.secretary), "Kèm cặp")
                .andExpect(redirectedUrl("/members/" + binh + "/help"));
        long third = tree.member(fixture.branch, "Phạm Thị Cúc", "FULL", "MEMBER");
        rate(third, last.minusMonths(1), "COMPLETED");
        rate(third, last, "GOOD");
        start(secretary, third, String.valueOf(fixture.secretary), "Kèm cặp").andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForList("select member_id from help_plan where branch_id = ?", Long.class,
                fixture.branch)).containsExactly(binh);
    }

    @Test
    void staffTheNeighbourAndTheMemberReadButDoNotWrite() throws Exception {
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        for (MockHttpSession refused : List.of(staff, neighbour, member)) {
            start(refused, an, String.valueOf(binh), "Giúp đỡ").andExpect(status().isForbidden());
        }
        assertThat(page(staff, "/members/" + an + "/help")).doesNotContain("Phân công giúp đỡ");
        assertThat(page(member, "/members/" + an + "/help")).contains("Chưa có kế hoạch giúp đỡ.")
                .doesNotContain("Phân công giúp đỡ");
        mvc.perform(get("/members/" + an + "/help").session(neighbour)).andExpect(status().isForbidden());
        start(secretary, an, String.valueOf(binh), "Giúp đỡ").andExpect(redirectedUrl("/members/" + an + "/help"));
        long plan = jdbc.queryForObject("select id from help_plan where member_id = ?", Long.class, an);
        for (MockHttpSession refused : List.of(staff, neighbour, member)) {
            mvc.perform(post("/members/" + an + "/help/" + plan + "/close").session(refused).with(csrf())
                    .param("closingNote", "Xong")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select closed_on is null from help_plan where id = ?", Boolean.class, plan))
                .isTrue();
    }
}
