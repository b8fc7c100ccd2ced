package vn.chibo.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * Rights are grants, and they hold in sessions already open: a member made secretary may record the
 * branch's month at their next request, a secretary who stepped down may not, and staff given or
 * losing an organization see it or not without signing in again. One person may hold several.
 */
@ChiboIntegrationTest
class RightsFollowChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void aMemberMadeSecretaryRecordsTheBranchAtOnceAndLosesItWhenSteppingDown() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 3, 0);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/branches/" + fixture.branch).session(member)).andExpect(status().isForbidden());

        long memberId = fixture.fullMembers.get(1);
        tree.jdbc().update("update member set branch_role = 'DEPUTY_SECRETARY' where id = ?", memberId);
        tree.historyFromRow(memberId);
        mvc.perform(get("/branches/" + fixture.branch).session(member)).andExpect(status().isOk());
        mvc.perform(get("/").session(member)).andExpect(redirectedUrl("/branches/" + fixture.branch));

        tree.jdbc().update("update member set branch_role = 'MEMBER' where id = ?", memberId);
        tree.historyFromRow(memberId);
        mvc.perform(get("/branches/" + fixture.branch).session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(member)).andExpect(redirectedUrl("/me"));
    }

    @Test
    void staffFollowTheirGrantsInAnOpenSessionAndMayHoldSeveral() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 3, 0);
        long account = tree.jdbc().queryForObject("select id from account where username = ?", Long.class,
                fixture.secretaryLogin);
        MockHttpSession session = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        // The secretary's own branch by their role; not the neighbour's, nor the province.
        mvc.perform(get("/branches/" + fixture.branch).session(session)).andExpect(status().isOk());
        mvc.perform(get("/branches/" + fixture.neighbour).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + fixture.province).session(session)).andExpect(status().isForbidden());

        tree.jdbc().update("insert into account_grant (account_id, role, organization_id) values (?, 'DISTRICT_STAFF', ?)",
                account, fixture.neighbour);
        mvc.perform(get("/branches/" + fixture.neighbour).session(session)).andExpect(status().isOk());
        mvc.perform(get("/branches/" + fixture.branch).session(session)).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + fixture.province).session(session)).andExpect(status().isForbidden());

        tree.jdbc().update("delete from account_grant where account_id = ?", account);
        mvc.perform(get("/branches/" + fixture.neighbour).session(session)).andExpect(status().isForbidden());
    }
}
