package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/**
 * The committee builds its own tree: adds organizations under the one it manages, renames, moves
 * and dissolves those below, records a branch's pilot enrolment and its yearly theme; never its own
 * organization's place, nor anything above or beside it. The roll-ups stay exact after each change.
 */
@ChiboIntegrationTest
class TreeManagementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    JdbcTemplate jdbc;
    BranchFixture fixture;
    MockHttpSession staff;

    @BeforeEach
    void aProvinceAndItsStaff() throws Exception {
        jdbc = tree.jdbc();
        fixture = new BranchFixture(tree, 2, 0);
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
    }

    private long create(long parent, String kind, String branchKind, String name, String code) throws Exception {
        var request = post("/organizations/" + parent + "/children").session(staff).with(csrf()).param("kind", kind)
                .param("name", name).param("code", code);
        if (branchKind != null) {
            request.param("branchKind", branchKind);
        }
        String url = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.replace("/organizations/", ""));
    }

    private long branches(long organization) {
        return jdbc.queryForObject("select coalesce((select branches from organization_roll where organization_id = ?), 0)",
                Long.class, organization);
    }

    private String path(long organization) {
        return jdbc.queryForObject("select path from organization where id = ?", String.class, organization);
    }

    @Test
    void staffBuildTheirTreeWithCodesUniqueInIt() throws Exception {
        long before = branches(fixture.province);
        String communeCode = TreeBuilder.unique("xa");
        long commune = create(fixture.province, "COMMUNE_COMMITTEE", null, "Đảng bộ xã Mới", communeCode);
        long branch = create(commune, "BRANCH", "DEPENDENT", "Chi bộ thôn 1", TreeBuilder.unique("thon"));
        assertThat(branches(fixture.province)).isEqualTo(before + 1);
        assertThat(branches(commune)).isEqualTo(1);
        assertThat(Browser.text(mvc.perform(get("/organizations/" + commune).session(staff)).andReturn()))
                .contains("Chi bộ thôn 1");

        MvcResult taken = mvc.perform(post("/organizations/" + commune + "/children").session(staff).with(csrf())
                .param("kind", "BRANCH").param("branchKind", "DEPENDENT").param("name", "Chi bộ trùng mã")
                .param("code", communeCode)).andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(taken)).contains("Mã " + communeCode + " đã dùng cho Đảng bộ xã Mới");
        MvcResult noKind = mvc.perform(post("/organizations/" + commune + "/children").session(staff).with(csrf())
                .param("kind", "BRANCH").param("name", "Chi bộ thiếu loại").param("code", TreeBuilder.unique("k")))
                .andReturn();
        assertThat(noKind.getResponse().getStatus()).isEqualTo(422);
        mvc.perform(get("/organizations/" + branch + "/children/new").session(staff)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from organization where name in ('Chi bộ trùng mã', "
                + "'Chi bộ thiếu loại')", Long.class)).isZero();
        assertThat(RollupCheck.differences(jdbc, path(fixture.province))).isEmpty();
    }

    @Test
    void staffNeverChangeTheirOwnOrganizationNorAnythingOutsideIt() throws Exception {
        mvc.perform(post("/organizations/" + fixture.province + "/manage").session(staff).with(csrf())
                .param("name", "Tên mới").param("code", "ma-moi")).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/" + fixture.province + "/dissolve").session(staff).with(csrf())
                .param("dissolvedOn", LocalDate.now().toString())).andExpect(status().isForbidden());
        long elsewhere = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh khác"));
        mvc.perform(post("/organizations/" + elsewhere + "/children").session(staff).with(csrf())
                .param("kind", "BRANCH").param("branchKind", "GRASSROOTS").param("name", "Chi bộ lạ")
                .param("code", TreeBuilder.unique("la"))).andExpect(status().isForbidden());
        // Nor moving a branch of theirs under someone else's organization.
        MvcResult away = mvc.perform(post("/organizations/" + fixture.neighbour + "/manage").session(staff).with(csrf())
                .param("name", "Chi bộ bên cạnh").param("code", code(fixture.neighbour))
                .param("parentCode", code(elsewhere))).andReturn();
        assertThat(away.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(away)).contains("không thuộc phạm vi quản lý của đồng chí");
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/organizations/" + fixture.branch + "/manage").session(secretary))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations").session(secretary).with(csrf()).param("kind", "PROVINCE_COMMITTEE")
                .param("name", "Tỉnh tự lập").param("code", TreeBuilder.unique("tl"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select parent_id from organization where id = ?", Long.class, fixture.neighbour))
                .isEqualTo(fixture.province);
    }

    private String code(long organization) {
        return jdbc.queryForObject("select code from organization where id = ?", String.class, organization);
    }

    @Test
    void aDependentBranchNeedsAGrassrootsOrganizationAboveIt() throws Exception {
        // Under the province (a higher committee) a branch is a grassroots one, never a dependent one.
        MvcResult dependent = mvc.perform(post("/organizations/" + fixture.province + "/children").session(staff)
                .with(csrf()).param("kind", "BRANCH").param("branchKind", "DEPENDENT")
                .param("name", "Chi bộ không có cơ sở").param("code", TreeBuilder.unique("k"))).andReturn();
        assertThat(dependent.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(dependent)).contains("Chi bộ trực thuộc phải trực thuộc một đảng bộ cơ sở")
                .contains("value=\"Chi bộ không có cơ sở\"");
        long grassrootsBranch = create(fixture.province, "BRANCH", "GRASSROOTS", "Chi bộ cơ sở Mới",
                TreeBuilder.unique("cs"));
        long district = create(fixture.province, "DISTRICT_COMMITTEE", null, "Huyện ủy Mới", TreeBuilder.unique("h"));
        long grassroots = create(district, "GRASSROOTS_COMMITTEE", null, "Đảng bộ Khối Mới", TreeBuilder.unique("kh"));
        long branch = create(grassroots, "BRANCH", "DEPENDENT", "Chi bộ trực thuộc Mới", TreeBuilder.unique("tt"));

        // Nor is one moved under a higher committee.
        MvcResult moved = mvc.perform(post("/organizations/" + branch + "/manage").session(staff).with(csrf())
                .param("name", "Chi bộ trực thuộc Mới").param("code", code(branch)).param("parentCode", code(district)))
                .andReturn();
        assertThat(moved.getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select parent_id from organization where id = ?", Long.class, branch))
                .isEqualTo(grassroots);
        // A grassroots branch may move under the district.
        mvc.perform(post("/organizations/" + grassrootsBranch + "/manage").session(staff).with(csrf())
                        .param("name", "Chi bộ cơ sở Mới").param("code", code(grassrootsBranch))
                        .param("parentCode", code(district)))
                .andExpect(status().is3xxRedirection());
        assertThat(RollupCheck.differences(jdbc, path(fixture.province))).isEmpty();
    }

    @Test
    void aBranchMovedToAnotherCommuneKeepsItsFiguresExact() throws Exception {
        long communeA = create(fixture.province, "COMMUNE_COMMITTEE", null, "Đảng bộ xã A", TreeBuilder.unique("a"));
        long communeB = create(fixture.province, "COMMUNE_COMMITTEE", null, "Đảng bộ xã B", TreeBuilder.unique("b"));
        mvc.perform(post("/organizations/" + fixture.branch + "/manage").session(staff).with(csrf())
                        .param("name", "Chi bộ thử đổi tên").param("code", code(fixture.branch))
                        .param("parentCode", code(communeA)))
                .andExpect(redirectedUrl("/organizations/" + fixture.branch + "/manage"));
        assertThat(jdbc.queryForObject("select members from organization_roll where organization_id = ?", Long.class,
                communeA)).isEqualTo(3);
        mvc.perform(post("/organizations/" + fixture.branch + "/manage").session(staff).with(csrf())
                        .param("name", "Chi bộ thử đổi tên").param("code", code(fixture.branch))
                        .param("parentCode", code(communeB)))
                .andExpect(status().is3xxRedirection());
        assertThat(branches(communeA)).isZero();
        assertThat(branches(communeB)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from organization where id = ?", String.class, fixture.branch))
                .isEqualTo("Chi bộ thử đổi tên");
        MvcResult underItself = mvc.perform(post("/organizations/" + communeB + "/manage").session(staff).with(csrf())
                .param("name", "Đảng bộ xã B").param("code", code(communeB)).param("parentCode", code(fixture.branch)))
                .andReturn();
        assertThat(underItself.getResponse().getStatus()).isEqualTo(422);
        assertThat(RollupCheck.differences(jdbc, path(fixture.province))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'organization'"
                + " and entity_id = ? and action = 'moved'", Long.class, fixture.branch)).isEqualTo(2);
    }

    @Test
    void aBranchWithMembersIsNotDissolvedAnEmptyOneIsAndLeavesTheCounts() throws Exception {
        MvcResult refused = mvc.perform(post("/organizations/" + fixture.branch + "/dissolve").session(staff)
                .with(csrf()).param("dissolvedOn", LocalDate.now().toString())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(refused)).contains("Còn 3 đảng viên đang sinh hoạt");

        long empty = create(fixture.province, "BRANCH", "GRASSROOTS", "Chi bộ không còn ai", TreeBuilder.unique("e"));
        long before = branches(fixture.province);
        mvc.perform(post("/organizations/" + empty + "/dissolve").session(staff).with(csrf())
                .param("dissolvedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        assertThat(branches(fixture.province)).isEqualTo(before - 1);
        assertThat(Browser.text(mvc.perform(get("/branches/" + empty).session(staff)).andReturn()))
                .contains("Chi bộ không còn ai");
        assertThat(RollupCheck.differences(jdbc, path(fixture.province))).isEmpty();
        // The province's own staff cannot dissolve their organization (checked above); a committee
        // with a branch still standing under it is refused too.
        long commune = create(fixture.province, "COMMUNE_COMMITTEE", null, "Đảng bộ còn chi bộ", TreeBuilder.unique("c"));
        create(commune, "BRANCH", "DEPENDENT", "Chi bộ còn lại", TreeBuilder.unique("cl"));
        MvcResult standing = mvc.perform(post("/organizations/" + commune + "/dissolve").session(staff).with(csrf())
                .param("dissolvedOn", LocalDate.now().toString())).andReturn();
        assertThat(standing.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(standing)).contains("tổ chức trực thuộc chưa giải thể");
    }

    @Test
    void theCommitteeRecordsAPilotEnrolmentAndTheYearsTheme() throws Exception {
        long pilotsBefore = jdbc.queryForObject("select pilot_branches from organization_roll where organization_id = ?",
                Long.class, fixture.province);
        mvc.perform(post("/organizations/" + fixture.branch + "/pilot").session(staff).with(csrf())
                        .param("enrolledOn", "2017-08-15").param("planReference", "64-KH/HU").param("status", "ENROLLED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select pilot_branches from organization_roll where organization_id = ?",
                Long.class, fixture.province)).isEqualTo(pilotsBefore + 1);
        assertThat(Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(staff)).andReturn()))
                .contains("64-KH/HU");
        MvcResult noEnd = mvc.perform(post("/organizations/" + fixture.branch + "/pilot").session(staff).with(csrf())
                .param("enrolledOn", "2017-08-15").param("planReference", "64-KH/HU").param("status", "WITHDRAWN"))
                .andReturn();
        assertThat(noEnd.getResponse().getStatus()).isEqualTo(422);

        int year = Year.now().getValue();
        mvc.perform(post("/organizations/" + fixture.province + "/theme").session(staff).with(csrf())
                        .param("year", String.valueOf(year)).param("theme", "Nâng cao chất lượng sinh hoạt chi bộ"))
                .andExpect(status().is3xxRedirection());
        assertThat(Browser.text(mvc.perform(get("/organizations/" + fixture.province).session(staff)).andReturn()))
                .contains("Nâng cao chất lượng sinh hoạt chi bộ");
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(post("/organizations/" + fixture.branch + "/pilot").session(secretary).with(csrf())
                        .param("enrolledOn", "2017-08-15").param("planReference", "64-KH/HU").param("status", "ENROLLED"))
                .andExpect(status().isForbidden());
        assertThat(RollupCheck.differences(jdbc, path(fixture.province))).isEmpty();
    }

    @Test
    void anAdministratorMakesTheFirstTopOfTheTree() throws Exception {
        String admin = TreeBuilder.unique("qt");
        tree.account(admin, BranchFixture.PASSWORD, null, null, "ADMIN");
        MockHttpSession session = Browser.login(mvc, admin, BranchFixture.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/organizations"));
        assertThat(Browser.text(mvc.perform(get("/organizations").session(session)).andReturn()))
                .contains("Tạo tổ chức cấp cao nhất");
        String url = mvc.perform(post("/organizations").session(session).with(csrf()).param("kind", "PROVINCE_COMMITTEE")
                        .param("name", "Đảng bộ tỉnh Mới").param("code", TreeBuilder.unique("tinh")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(Browser.text(mvc.perform(get(url).session(session)).andReturn())).contains("Đảng bộ tỉnh Mới");
    }
}
