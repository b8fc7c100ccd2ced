package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;

/** Everyone changes their own password on /account; a one-time password must be changed first. */
@ChiboIntegrationTest
class PasswordChangeTest {

    private static final String FIRST = "Mật khẩu ban đầu 2026";
    private static final String STRONG = "Cây đa đầu làng nghiêng bóng mùa thu";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    /** An account of its own for each test, so no demo account changes under another test. */
    private String account(boolean oneTime) {
        String username = "kiemthu." + System.nanoTime();
        jdbc.queryForObject("""
                insert into account (username, password_hash, must_change_password) values (?, ?, ?) returning id""",
                Long.class, username, encoder.encode(FIRST), oneTime);
        return username;
    }

    private ResultActions change(MockHttpSession session, String current, String fresh, String again) throws Exception {
        return mvc.perform(post("/account").session(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", fresh).param("confirmation", again));
    }

    @Test
    void aNewPasswordMustFollowTheRulesAndNothingChangesWhenItDoesNot() throws Exception {
        String username = account(false);
        MockHttpSession session = Browser.login(mvc, username, FIRST);

        String wrongCurrent = Browser.text(change(session, "không phải", STRONG, STRONG)
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(wrongCurrent).contains("Mật khẩu hiện tại không đúng.").doesNotContain(STRONG);
        assertThat(Browser.text(change(session, FIRST, "ngắn quá", "ngắn quá")
                .andExpect(status().isUnprocessableEntity()).andReturn())).contains("Mật khẩu mới cần ít nhất 10 ký tự.");
        assertThat(Browser.text(change(session, FIRST, username + "-2026!", username + "-2026!")
                .andExpect(status().isUnprocessableEntity()).andReturn()))
                .contains("Mật khẩu mới không được chứa tên đăng nhập.");
        for (String guessable : new String[] {"1234567890", "password123", "qwertyuiop", "matkhau123"}) {
            assertThat(Browser.text(change(session, FIRST, guessable, guessable)
                    .andExpect(status().isUnprocessableEntity()).andReturn())).as(guessable)
                    .contains("Mật khẩu mới quá dễ đoán.");
        }
        String tooLong = "Một câu rất dài về cây đa, giếng nước và sân đình của làng quê Việt Nam";
        assertThat(Browser.text(change(session, FIRST, tooLong, tooLong)
                .andExpect(status().isUnprocessableEntity()).andReturn())).contains("Mật khẩu mới dài quá: tối đa 72 byte");
        assertThat(Browser.text(change(session, FIRST, STRONG, STRONG + ".")
                .andExpect(status().isUnprocessableEntity()).andReturn()))
                .contains("Hai lần nhập mật khẩu mới không khớp nhau.");

        Browser.login(mvc, username, FIRST);
        assertThatThrownBy(() -> Browser.login(mvc, username, STRONG)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aChangedPasswordSignsInAndEndsTheAccountsOtherSessions() throws Exception {
        String username = account(false);
        MockHttpSession desk = Browser.login(mvc, username, FIRST);
        MockHttpSession phone = Browser.login(mvc, username, FIRST);

        change(desk, FIRST, STRONG, STRONG).andExpect(redirectedUrl("/account"));
        assertThat(Browser.text(mvc.perform(get("/account").session(desk)).andExpect(status().isOk()).andReturn()))
                .contains("Đã đổi mật khẩu.");
        mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?ended"));
        assertThat(Browser.text(mvc.perform(get("/login").param("ended", "")).andReturn()))
                .contains("Phiên đăng nhập đã kết thúc");

        assertThatThrownBy(() -> Browser.login(mvc, username, FIRST)).isInstanceOf(AssertionError.class);
        MockHttpSession again = Browser.login(mvc, username, STRONG);
        mvc.perform(get("/account").session(again)).andExpect(status().isOk());
        assertThat(jdbc.queryForList("""
                select l.details from audit_log l join account a on a.id = l.entity_id
                 where l.entity_type = 'account' and l.action = 'password.changed' and a.username = ?""",
                String.class, username)).hasSize(1).allMatch(details -> details == null);
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElseOpens() throws Exception {
        String username = account(true);
        MockHttpSession session = Browser.login(mvc, username, FIRST);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/me").session(session)).andExpect(redirectedUrl("/account"));
        assertThat(Browser.text(mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn()))
                .contains("Bạn đang dùng mật khẩu cấp một lần.");

        change(session, FIRST, STRONG, STRONG).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select must_change_password from account where username = ?", Boolean.class,
                username)).isFalse();
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
        String username = account(false);
        MockHttpSession session = Browser.login(mvc, username, FIRST);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());

        jdbc.update("update account set enabled = false where username = ?", username);

        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThatThrownBy(() -> Browser.login(mvc, username, FIRST)).isInstanceOf(AssertionError.class);
    }

    @Test
    void everyPageSaysWhenTheDemoIsOn() throws Exception {
        assertThat(Browser.text(mvc.perform(get("/login")).andReturn())).contains("Dữ liệu mẫu:");
        MockHttpSession member = Browser.login(mvc, "dangvien");
        assertThat(Browser.text(mvc.perform(get("/me").session(member)).andReturn())).contains("Dữ liệu mẫu:");
    }
}
