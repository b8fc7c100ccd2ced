package vn.chibo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** Staff above a branch give its members accounts, new one-time passwords, and disable them; nobody else does. */
@ChiboIntegrationTest
class MemberAccountsTest {

    private static final Pattern SLIP = Pattern.compile("<code>([a-z0-9.]+)</code></dd>\\s*<dt[^>]*>Mật khẩu một lần</dt>\\s*"
            + "<dd[^>]*><code>([A-Za-z0-9]+)</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    MockHttpSession staff;

    @BeforeEach
    void branch() throws Exception {
        fixture = new BranchFixture(tree, 3, 0);
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
    }

    private String accounts(MockHttpSession session) throws Exception {
        return Browser.text(mvc.perform(get("/branches/{id}/accounts", fixture.branch).session(session))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void staffCreateAccountsWithOneTimePasswordsShownOnceAndTheMemberMustChangeIt() throws Exception {
        long member = fixture.fullMembers.get(2);
        String page = accounts(staff);
        assertThat(page).contains("Phạm Thị Cúc", "value=\"dv." + member + "\"", "Chưa có tài khoản");

        mvc.perform(post("/branches/{id}/accounts", fixture.branch).session(staff).with(csrf())
                        .param("usernames[" + member + "]", "dv.binh.le"))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/accounts"));
        // The page the redirect leads to shows the slip; the next visit does not.
        String shown = accounts(staff);
        Matcher slip = SLIP.matcher(shown);
        assertThat(slip.find()).as(shown).isTrue();
        assertThat(slip.group(1)).isEqualTo("dv.binh.le");
        byte[] pdf = mvc.perform(get("/branches/{id}/accounts/slips.pdf", fixture.branch).session(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Lê Văn Bình", "dv.binh.le", slip.group(2), "http://localhost/");
        assertThat(accounts(staff)).doesNotContain(slip.group(2));
        mvc.perform(get("/branches/{id}/accounts/slips.pdf", fixture.branch).session(staff))
                .andExpect(status().isNotFound());

        MockHttpSession own = Browser.login(mvc, "dv.binh.le", slip.group(2));
        mvc.perform(get("/me").session(own)).andExpect(redirectedUrl("/account"));
        assertThat(tree.jdbc().queryForObject("""
                select count(*) from audit_log l join account a on a.id = l.entity_id
                 where l.entity_type = 'account' and l.action = 'created' and a.username = 'dv.binh.le'""",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aTakenOrMalformedUsernameCreatesNoAccountAtAllAndKeepsWhatWasTyped() throws Exception {
        long first = fixture.fullMembers.get(2);
        long second = fixture.fullMembers.get(3);
        String page = Browser.text(mvc.perform(post("/branches/{id}/accounts", fixture.branch).session(staff).with(csrf())
                        .param("usernames[" + first + "]", "dv.moi." + first)
                        .param("usernames[" + second + "]", fixture.memberLogin))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(page).contains("Tên đăng nhập " + fixture.memberLogin + " đã có người dùng.",
                "value=\"dv.moi." + first + "\"");
        assertThat(Browser.text(mvc.perform(post("/branches/{id}/accounts", fixture.branch).session(staff).with(csrf())
                        .param("usernames[" + first + "]", "Có Dấu <b>"))
                .andExpect(status().isUnprocessableEntity()).andReturn()))
                .contains("Tên đăng nhập gồm 3 đến 64 ký tự").contains("Có Dấu &lt;b&gt;");
        assertThat(tree.jdbc().queryForObject("select count(*) from account where member_id in (?, ?)", Integer.class,
                first, second)).isZero();
    }

    @Test
    void aNewPasswordEndsTheMembersSessionsAndDisablingLocksThemOut() throws Exception {
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        long account = tree.jdbc().queryForObject("select id from account where username = ?", Long.class,
                fixture.memberLogin);

        var reset = mvc.perform(post("/branches/{b}/accounts/{a}/reset", fixture.branch, account).session(staff)
                .with(csrf())).andExpect(redirectedUrl("/branches/" + fixture.branch + "/accounts")).andReturn();
        assertThat(reset.getFlashMap().get("slips")).asString().contains(fixture.memberLogin);
        mvc.perform(get("/me").session(member)).andExpect(redirectedUrl("/login?ended"));
        assertThatThrownBy(() -> Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD))
                .isInstanceOf(AssertionError.class);

        mvc.perform(post("/branches/{b}/accounts/{a}/disable", fixture.branch, account).session(staff).with(csrf()))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/accounts"));
        assertThat(accounts(staff)).contains("Đã khóa");
        mvc.perform(post("/branches/{b}/accounts/{a}/enable", fixture.branch, account).session(staff).with(csrf()))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/accounts"));
        assertThat(tree.jdbc().queryForList("select action from audit_log where entity_type = 'account' and entity_id = ? "
                + "order by id", String.class, account)).containsExactly("password.reset", "disabled", "enabled");
    }

    @Test
    void secretariesMembersAndStaffOfAnotherPartOfTheTreeAreRefused() throws Exception {
        long account = tree.jdbc().queryForObject("select id from account where username = ?", Long.class,
                fixture.memberLogin);
        String otherStaff = TreeBuilder.unique("cbk");
        tree.account(otherStaff, BranchFixture.PASSWORD, null, fixture.neighbour, "DISTRICT_STAFF");
        for (String login : new String[] {fixture.secretaryLogin, fixture.memberLogin, otherStaff}) {
            MockHttpSession session = Browser.login(mvc, login, BranchFixture.PASSWORD);
            mvc.perform(get("/branches/{id}/accounts", fixture.branch).session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/branches/{id}/accounts", fixture.branch).session(session).with(csrf())
                    .param("usernames[" + fixture.fullMembers.get(2) + "]", "dv.x." + login))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/branches/{b}/accounts/{a}/reset", fixture.branch, account).session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // An account of another branch, through this branch's address: not found here.
        long neighbourAccount = tree.jdbc().queryForObject("select id from account where username = ?", Long.class,
                fixture.neighbourSecretaryLogin);
        mvc.perform(post("/branches/{b}/accounts/{a}/disable", fixture.branch, neighbourAccount).session(staff)
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(tree.jdbc().queryForObject("select enabled from account where id = ?", Boolean.class,
                neighbourAccount)).isTrue();
        assertThat(tree.jdbc().queryForObject("select count(*) from account where username like 'dv.x.%'",
                Integer.class)).isZero();
    }
}
