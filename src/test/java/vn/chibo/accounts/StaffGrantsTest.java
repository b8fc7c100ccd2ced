package vn.chibo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * Staff of an organization are named by those who manage it, by the account's username: the grant
 * holds at once in the person's open session, is taken back the same way, is audited, and is never
 * given above or beside the granting person's own organization.
 */
@ChiboIntegrationTest
class StaffGrantsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void provinceStaffNameACommunesStaffWhoSeeItAtOnceUntilItIsTakenBack() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        long commune = tree.committee(fixture.province, "COMMUNE_COMMITTEE", TreeBuilder.unique("Đảng bộ xã"));
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession named = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/organizations/" + commune).session(named)).andExpect(status().isForbidden());

        mvc.perform(post("/organizations/" + commune + "/staff").session(staff).with(csrf())
                .param("username", fixture.memberLogin)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organizations/" + commune).session(named)).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + fixture.province).session(named)).andExpect(status().isForbidden());
        String list = Browser.text(mvc.perform(get("/organizations/" + commune + "/staff").session(staff)).andReturn());
        assertThat(list).contains(fixture.memberLogin, "Trần Thị An");
        long account = tree.jdbc().queryForObject("select id from account where username = ?", Long.class,
                fixture.memberLogin);
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log where entity_type = 'account'"
                + " and entity_id = ? and action = 'granted'", Long.class, account)).isOne();

        MvcResult again = mvc.perform(post("/organizations/" + commune + "/staff").session(staff).with(csrf())
                .param("username", fixture.memberLogin)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(again)).contains("đã được giao theo dõi tổ chức này");
        MvcResult unknown = mvc.perform(post("/organizations/" + commune + "/staff").session(staff).with(csrf())
                .param("username", "khong-co-ai")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(unknown)).contains("Không có tài khoản &quot;khong-co-ai&quot;");

        long grant = tree.jdbc().queryForObject("select id from account_grant where account_id = ?", Long.class, account);
        mvc.perform(post("/organizations/" + commune + "/staff/" + grant + "/revoke").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organizations/" + commune).session(named)).andExpect(status().isForbidden());
    }

    @Test
    void staffNeverNameStaffAboveOrBesideTheirOwnOrganizationNorTakeBackTheirOwn() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        long commune = tree.committee(fixture.province, "COMMUNE_COMMITTEE", TreeBuilder.unique("Đảng bộ xã"));
        long beside = tree.committee(fixture.province, "COMMUNE_COMMITTEE", TreeBuilder.unique("Đảng bộ xã bên"));
        String communeLogin = TreeBuilder.unique("cbx");
        tree.account(communeLogin, BranchFixture.PASSWORD, null, commune, "DISTRICT_STAFF");
        MockHttpSession communeStaff = Browser.login(mvc, communeLogin, BranchFixture.PASSWORD);
        mvc.perform(post("/organizations/" + fixture.province + "/staff").session(communeStaff).with(csrf())
                .param("username", communeLogin)).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/" + beside + "/staff").session(communeStaff).with(csrf())
                .param("username", communeLogin)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + fixture.province + "/staff").session(communeStaff))
                .andExpect(status().isForbidden());
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/organizations/" + commune + "/staff").session(member)).andExpect(status().isForbidden());
        assertThat(tree.jdbc().queryForObject("select count(*) from account_grant g join account a on a.id = g.account_id"
                + " where a.username = ?", Long.class, communeLogin)).isOne();

        long own = tree.jdbc().queryForObject("select g.id from account_grant g join account a on a.id = g.account_id"
                + " where a.username = ?", Long.class, communeLogin);
        mvc.perform(post("/organizations/" + commune + "/staff/" + own + "/revoke").session(communeStaff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Browser.text(mvc.perform(get("/organizations/" + commune + "/staff").session(communeStaff))
                .andReturn())).contains("Không tự thu hồi quyền của chính mình.");
        assertThat(tree.jdbc().queryForObject("select count(*) from account_grant where id = ?", Long.class, own)).isOne();
    }
}
