package vn.chibo.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/**
 * The pilot's own plan over HTTP: the secretary of an enrolled branch registers solutions under the
 * four areas, the committee above reviews each one at the year's end and recognizes the branch (or
 * not), and the dashboard shows the pilot branches' plans at a glance. Nobody else writes.
 */
@ChiboIntegrationTest
class PilotPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession secretary;
    MockHttpSession staff;
    final int year = Year.now().getValue();

    @BeforeEach
    void anEnrolledBranch() throws Exception {
        fixture = new BranchFixture(tree, 1, 0);
        jdbc = tree.jdbc();
        jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status)"
                + " values (?, date '2017-08-15', '64-KH/HU', 'ENROLLED')", fixture.branch);
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
    }

    private ResultActions add(MockHttpSession who, long branch, String area, String solution, String target)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/branches/" + branch + "/pilot").session(who).with(csrf())
                .param("solution", solution).param("target", target);
        return mvc.perform(area == null ? request : request.param("area", area));
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    private long solution(String area) {
        return jdbc.queryForObject("select id from pilot_solution where branch_id = ? and area = ?", Long.class,
                fixture.branch, area);
    }

    @Test
    void theSecretaryRegistersSolutionsAndTheCommitteeReviewsAndRecognizes() throws Exception {
        assertThat(page(secretary, "/branches/" + fixture.branch)).contains("Kế hoạch xây dựng Chi bộ điểm toàn diện");
        assertThat(page(secretary, "/branches/" + fixture.branch + "/pilot")).contains(
                "Phát huy vai trò của tập thể chi ủy và người đứng đầu", "Công tác giáo dục chính trị, tư tưởng",
                "nâng cao chất lượng sinh hoạt chi bộ", "Xây dựng đội ngũ cán bộ", "Đăng ký giải pháp");

        String refused = Browser.text(add(secretary, fixture.branch, null, "Sinh hoạt chuyên đề mỗi quý", " ")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Vui lòng chọn nội dung.", "Vui lòng ghi chỉ tiêu", "Sinh hoạt chuyên đề mỗi quý");
        add(secretary, fixture.branch, "PRINCIPLES", "Sinh hoạt chuyên đề mỗi quý", "4 chuyên đề, 100% đảng viên dự")
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/pilot"));
        add(secretary, fixture.branch, "EDUCATION", "Học tập nghị quyết trong 15 ngày", "100% đảng viên có thu hoạch")
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/pilot"));
        add(secretary, fixture.branch, "CADRES", "Giới thiệu quần chúng ưu tú", "Kết nạp 1 đảng viên")
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/pilot"));
        mvc.perform(post("/branches/" + fixture.branch + "/pilot/" + solution("CADRES") + "/delete").session(secretary)
                .with(csrf())).andExpect(redirectedUrl("/branches/" + fixture.branch + "/pilot"));
        assertThat(jdbc.queryForList("select area from pilot_solution where branch_id = ? and year = ? order by id",
                String.class, fixture.branch, year)).containsExactly("PRINCIPLES", "EDUCATION");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'pilot'"
                + " and organization_id = ?", Long.class, fixture.branch)).isEqualTo(4);

        // The dashboard shows the plan at a glance.
        String dashboard = page(staff, "/dashboard?org=" + fixture.province);
        assertThat(dashboard).contains("Kế hoạch của các chi bộ điểm năm " + year,
                "1 chi bộ điểm; 1 chi bộ đã đăng ký kế hoạch, 2 giải pháp, 0 giải pháp đạt; 0 chi bộ được công nhận");

        // The committee reviews last year's plan (always open): every solution needs a result.
        int last = year - 1;
        long old = jdbc.queryForObject("""
                insert into pilot_solution (branch_id, year, area, solution, target, recorded_by)
                values (?, ?, 'LEADERSHIP', 'Bí thư dự họp tổ dân phố hằng tháng', '12/12 tháng', 'bt') returning id""",
                Long.class, fixture.branch, last);
        long other = jdbc.queryForObject("""
                insert into pilot_solution (branch_id, year, area, solution, target, recorded_by)
                values (?, ?, 'EDUCATION', 'Mỗi đảng viên một việc làm theo gương Bác', '100%', 'bt') returning id""",
                Long.class, fixture.branch, last);
        String review = page(staff, "/branches/" + fixture.branch + "/pilot?year=" + last);
        assertThat(review).contains("Cấp ủy đánh giá cuối năm", "Bí thư dự họp tổ dân phố hằng tháng");
        String missing = Browser.text(mvc.perform(post("/branches/" + fixture.branch + "/pilot/review").session(staff)
                        .with(csrf()).param("year", String.valueOf(last)).param("status[" + old + "]", "ACHIEVED")
                        .param("note[" + old + "]", "Đủ 12 tháng").param("recognized", "true"))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(missing).contains("Vui lòng chọn kết quả của từng giải pháp.", "Đủ 12 tháng");
        assertThat(jdbc.queryForObject("select count(*) from pilot_solution where branch_id = ? and status is not null",
                Long.class, fixture.branch)).isZero();
        mvc.perform(post("/branches/" + fixture.branch + "/pilot/review").session(staff).with(csrf())
                        .param("year", String.valueOf(last)).param("status[" + old + "]", "ACHIEVED")
                        .param("status[" + other + "]", "PARTLY").param("note[" + old + "]", "Đủ 12 tháng")
                        .param("recognized", "true").param("recognitionNote", "Tiêu biểu của đảng bộ"))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/pilot?year=" + last));
        assertThat(jdbc.queryForList("select status from pilot_solution where branch_id = ? and year = ? order by id",
                String.class, fixture.branch, last)).containsExactly("ACHIEVED", "PARTLY");
        assertThat(page(secretary, "/branches/" + fixture.branch + "/pilot?year=" + last)).contains(
                "Được công nhận Chi bộ điểm toàn diện năm " + last, "Tiêu biểu của đảng bộ", "Đạt một phần", "Đủ 12 tháng")
                .doesNotContain("Đăng ký giải pháp");
        assertThat(page(staff, "/dashboard?org=" + fixture.province + "&period=" + last + "-12"))
                .contains("1 chi bộ điểm; 1 chi bộ đã đăng ký kế hoạch, 2 giải pháp, 1 giải pháp đạt; 1 chi bộ được công nhận");
        assertThat(RollupCheck.differences(jdbc, jdbc.queryForObject("select path from organization where id = ?",
                String.class, fixture.province))).isEmpty();
    }

    @Test
    void theCommitteeSeesEveryPilotBranchBeyondTheDashboardsFirstTwenty() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            String name = "Chi bộ điểm số " + (100 + i);
            long branch = tree.branch(fixture.province, name);
            jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status)"
                    + " values (?, date '2020-01-15', '64-KH/HU', 'ENROLLED')", branch);
            names.add(name);
        }
        String all = "/organizations/" + fixture.province + "/pilot?year=" + year;
        assertThat(page(staff, "/dashboard?org=" + fixture.province)).contains("Hiển thị 20 trong số 22 chi bộ điểm.",
                "Xem tất cả", all.replace("&", "&amp;"));
        String list = page(staff, all);
        assertThat(list).contains("Kế hoạch của các chi bộ điểm năm " + year, "22 chi bộ điểm;", "Năm " + (year - 1));
        assertThat(list).contains(names);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        for (MockHttpSession who : List.of(secretary, member)) {
            mvc.perform(get(all).session(who)).andExpect(status().isForbidden());
        }

        // Beyond a page of them, the list goes on over pages, in name order.
        for (int i = 22; i <= PilotPlanService.LIST_PAGE + 1; i++) {
            long branch = tree.branch(fixture.province, "Chi bộ điểm số " + (100 + i));
            jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status)"
                    + " values (?, date '2020-01-15', '64-KH/HU', 'ENROLLED')", branch);
        }
        String first = page(staff, all);
        assertThat(first).contains((PilotPlanService.LIST_PAGE + 2) + " chi bộ điểm;", "Trang 1/2", "Chi bộ điểm số 101")
                .doesNotContain("Chi bộ điểm số " + (100 + PilotPlanService.LIST_PAGE + 1));
        String second = page(staff, all + "&page=1");
        assertThat(second).contains("Trang 2/2", "Chi bộ điểm số " + (100 + PilotPlanService.LIST_PAGE + 1))
                .doesNotContain("Chi bộ điểm số 101");
    }

    @Test
    void eachYearCountsTheBranchesItsEnrollmentsSpan() throws Exception {
        int last = year - 1;
        jdbc.update("""
                insert into pilot_solution (branch_id, year, area, solution, target, recorded_by)
                values (?, ?, 'LEADERSHIP', 'Bí thư dự họp tổ dân phố hằng tháng', '12/12 tháng', 'bt')""",
                fixture.branch, last);
        add(secretary, fixture.branch, "EDUCATION", "Học tập nghị quyết", "100%").andExpect(status().is3xxRedirection());
        String thisYear = "/organizations/" + fixture.province + "/pilot?year=" + year;
        String lastYear = "/organizations/" + fixture.province + "/pilot?year=" + last;
        assertThat(page(staff, thisYear)).contains("1 chi bộ điểm; 1 chi bộ đã đăng ký kế hoạch, 1 giải pháp,");

        // The branch left the pilot at the end of last year: it counts in last year only, with last year's plan.
        mvc.perform(post("/organizations/" + fixture.branch + "/pilot").session(staff).with(csrf())
                        .param("enrolledOn", "2017-08-15").param("planReference", "64-KH/HU").param("status", "WITHDRAWN")
                        .param("endedOn", last + "-12-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(staff, thisYear)).contains("0 chi bộ điểm; 0 chi bộ đã đăng ký kế hoạch, 0 giải pháp,");
        assertThat(page(staff, lastYear)).contains("1 chi bộ điểm; 1 chi bộ đã đăng ký kế hoạch, 1 giải pháp,");

        // The neighbour enrolled this spring: this year counts it, last year not; an open enrollment counts on.
        jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status)"
                + " values (?, ?, '12-KH/HU', 'ENROLLED')", fixture.neighbour, java.sql.Date.valueOf(year + "-03-01"));
        assertThat(page(staff, thisYear)).contains("1 chi bộ điểm; 0 chi bộ đã đăng ký kế hoạch, 0 giải pháp,");
        assertThat(page(staff, lastYear)).contains("1 chi bộ điểm; 1 chi bộ đã đăng ký kế hoạch, 1 giải pháp,");
        String path = jdbc.queryForObject("select path from organization where id = ?", String.class, fixture.province);
        assertThat(RollupCheck.differences(jdbc, path)).isEmpty();
        jdbc.update("update organization_pilot_year set solutions = solutions + 1 where organization_id = ?",
                fixture.province);
        assertThat(RollupCheck.differences(jdbc, path)).containsOnlyKeys("organization_pilot_year");
    }

    @Test
    void onlyTheSecretaryRegistersAndOnlyTheCommitteeAboveReviews() throws Exception {
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        for (MockHttpSession who : List.of(staff, neighbour, member)) {
            add(who, fixture.branch, "EDUCATION", "Giải pháp", "Chỉ tiêu").andExpect(status().isForbidden());
        }
        add(secretary, fixture.branch, "EDUCATION", "Học tập nghị quyết", "100%").andExpect(status().is3xxRedirection());
        long id = solution("EDUCATION");
        for (MockHttpSession who : List.of(secretary, neighbour, member)) {
            mvc.perform(post("/branches/" + fixture.branch + "/pilot/review").session(who).with(csrf())
                    .param("year", String.valueOf(year)).param("status[" + id + "]", "ACHIEVED")
                    .param("recognized", "true")).andExpect(status().isForbidden());
        }
        for (MockHttpSession who : List.of(staff, neighbour, member)) {
            mvc.perform(post("/branches/" + fixture.branch + "/pilot/" + id + "/delete").session(who).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/branches/" + fixture.branch + "/pilot").session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/branches/" + fixture.branch + "/pilot").session(neighbour)).andExpect(status().isForbidden());
        assertThat(page(staff, "/branches/" + fixture.branch + "/pilot")).contains("Học tập nghị quyết")
                .doesNotContain("Đăng ký giải pháp");

        // A branch not in the pilot registers nothing.
        String refused = Browser.text(add(neighbour, fixture.neighbour, "EDUCATION", "Giải pháp", "Chỉ tiêu")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Chi bộ không đăng ký xây dựng Chi bộ điểm toàn diện năm nay.");
        // Reviewed: the year's plan no longer changes.
        jdbc.update("insert into pilot_recognition (branch_id, year, recognized, decided_by) values (?, ?, false, 'cb')",
                fixture.branch, year);
        refused = Browser.text(add(secretary, fixture.branch, "CADRES", "Thêm sau", "1")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Cấp ủy đã đánh giá kế hoạch năm này");
        mvc.perform(post("/branches/" + fixture.branch + "/pilot/" + id + "/delete").session(secretary).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from pilot_solution where branch_id in (?, ?)", Long.class,
                fixture.branch, fixture.neighbour)).isEqualTo(1);
    }
}
