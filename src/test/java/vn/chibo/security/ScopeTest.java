package vn.chibo.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** Each person sees only their own part of the tree; a member sees only themself. */
@ChiboIntegrationTest
class ScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    long district;
    long showcaseBranch;
    long otherBranch;
    long otherBranchMember;
    long dongTien;
    long thanhLan;

    @BeforeEach
    void findDemoNodes() {
        district = tree.organizationId("hu-coto");
        showcaseBranch = tree.organizationId("kdd-tuyengiao");
        otherBranch = tree.organizationId("dt-haitien");
        otherBranchMember = tree.jdbc().queryForObject(
                "select min(id) from member where branch_id = ?", Long.class, otherBranch);
        dongTien = tree.organizationId("db-x-dongtien");
        thanhLan = tree.organizationId("db-x-thanhlan");
    }

    @Test
    void memberCannotOpenAnotherMembersPage() throws Exception {
        MockHttpSession member = Browser.login(mvc, "dangvien");
        long colleague = tree.memberIdOf("bithu");
        mvc.perform(get("/members/" + colleague).session(member))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền truy cập")))
                .andExpect(content().string(containsString("Về trang chính")));
        mvc.perform(get("/members/" + otherBranchMember).session(member)).andExpect(status().isForbidden());
    }

    @Test
    void memberCannotOpenBranchOrOrganizationPages() throws Exception {
        MockHttpSession member = Browser.login(mvc, "dangvien");
        mvc.perform(get("/branches/" + showcaseBranch).session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + district).session(member)).andExpect(status().isForbidden());
    }

    @Test
    void secretaryCannotOpenAnotherBranch() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, "bithu");
        mvc.perform(get("/branches/" + otherBranch).session(secretary))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền truy cập")));
        mvc.perform(get("/members/" + otherBranchMember).session(secretary)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + district).session(secretary)).andExpect(status().isForbidden());
    }

    @Test
    void secretarySeesTheMembersOfTheirOwnBranch() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, "bithu");
        mvc.perform(get("/members/" + tree.memberIdOf("dangvien")).session(secretary)).andExpect(status().isOk());
    }

    @Test
    void districtStaffCannotSeeOutsideTheirSubtree() throws Exception {
        long otherDistrict = tree.committee(null, "DISTRICT_COMMITTEE", "Huyện ủy Vân Đồn (thử)");
        long otherDistrictBranch = tree.branch(otherDistrict, "Chi bộ thôn thử nghiệm");
        long stranger = tree.member(otherDistrictBranch, "Lê Văn Khách", "FULL", "SECRETARY");

        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        mvc.perform(get("/organizations/" + otherDistrict).session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/branches/" + otherDistrictBranch).session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/members/" + stranger).session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/branches/" + otherBranch).session(staff)).andExpect(status().isOk());
        mvc.perform(get("/members/" + otherBranchMember).session(staff)).andExpect(status().isOk());

        MockHttpSession admin = Browser.login(mvc, "admin");
        mvc.perform(get("/organizations/" + otherDistrict).session(admin)).andExpect(status().isOk());
    }

    @Test
    void communeStaffSeeTheirCommuneButNotItsNeighbourNorTheDistrict() throws Exception {
        String username = TreeBuilder.unique("xa");
        tree.account(username, "mat-khau-xa", null, dongTien, "DISTRICT_STAFF");
        MockHttpSession staff = Browser.login(mvc, username, "mat-khau-xa");

        mvc.perform(get("/organizations/" + dongTien).session(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ thôn Hải Tiến")))
                .andExpect(content().string(not(containsString("Huyện ủy Cô Tô"))));
        mvc.perform(get("/branches/" + otherBranch).session(staff)).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + thanhLan).session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + district).session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/branches/" + showcaseBranch).session(staff)).andExpect(status().isForbidden());
    }

    @Test
    void unknownIdsAreNotFoundInTheUsersLanguage() throws Exception {
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        mvc.perform(get("/organizations/999999").session(staff))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không có tổ chức đảng này")));
        mvc.perform(get("/members/999999").session(staff))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không có đảng viên này")));
        mvc.perform(get("/branches/999999").session(staff).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no such party organization")));
        mvc.perform(get("/no-such-page").session(staff)).andExpect(status().isNotFound());
        mvc.perform(get("/members/abc").session(staff)).andExpect(status().isBadRequest());
    }
}
