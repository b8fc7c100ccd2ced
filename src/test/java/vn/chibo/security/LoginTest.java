package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.Browser;
import vn.chibo.support.SessionCookies;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

@ChiboIntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    private ResultActions attempt(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    @Test
    void accountIsLockedAfterFiveFailedLoginsInARow() throws Exception {
        String username = TreeBuilder.unique("khoa");
        tree.account(username, "dung-mat-khau", null, null, "MEMBER");

        for (int i = 0; i < 5; i++) {
            attempt(username, "sai-mat-khau").andExpect(redirectedUrl("/login?error"));
        }
        // The right password no longer opens the account while it is locked.
        attempt(username, "dung-mat-khau").andExpect(redirectedUrl("/login?error"));
        assertThat(tree.jdbc().queryForObject(
                "select locked_until > now() + interval '14 minutes' from account where username = ?",
                Boolean.class, username)).isTrue();

        // When the lock has run out, the right password works again and the count starts afresh.
        tree.jdbc().update("update account set locked_until = now() - interval '1 second' where username = ?",
                username);
        attempt(username, "dung-mat-khau").andExpect(redirectedUrl("/"));
        assertThat(tree.jdbc().queryForObject(
                "select failed_login_count from account where username = ?", Integer.class, username)).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        String username = TreeBuilder.unique("dem");
        tree.account(username, "dung-mat-khau", null, null, "MEMBER");
        for (int i = 0; i < 4; i++) {
            attempt(username, "sai").andExpect(redirectedUrl("/login?error"));
        }
        attempt(username, "dung-mat-khau").andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            attempt(username, "sai").andExpect(redirectedUrl("/login?error"));
        }
        attempt(username, "dung-mat-khau").andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String unknown = attempt("khong-co-ai", "chibo-demo").andReturn().getResponse().getRedirectedUrl();
        String wrong = attempt("bithu", "khong-dung").andReturn().getResponse().getRedirectedUrl();
        assertThat(unknown).isEqualTo(wrong).isEqualTo("/login?error");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "bithu").param("password", "chibo-demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        String username = TreeBuilder.unique("tat");
        tree.account(username, "dung-mat-khau", null, null, "MEMBER");
        tree.jdbc().update("update account set enabled = false where username = ?", username);
        attempt(username, "dung-mat-khau").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingInAgainChangesTheSessionIdAndLogoutEndsTheSession() throws Exception {
        MockHttpSession session = Browser.login(mvc, "bithu");
        String idBefore = SessionCookies.id(session);
        assertThat(idBefore).isNotNull();
        mvc.perform(post("/login").session(session).param("username", "bithu").param("password", "chibo-demo")
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(SessionCookies.id(session)).isNotNull().isNotEqualTo(idBefore);
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void oneAccountSigningInFromSeveralPlacesAtOnceAlwaysGetsIn() throws Exception {
        int places = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(places);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(places);
        try {
            java.util.List<java.util.concurrent.Future<String>> logins = new java.util.ArrayList<>();
            for (int i = 0; i < places; i++) {
                logins.add(pool.submit(() -> {
                    together.await();
                    return mvc.perform(post("/login").param("username", "dangvien").param("password", "chibo-demo")
                            .with(csrf())).andReturn().getResponse().getRedirectedUrl();
                }));
            }
            for (java.util.concurrent.Future<String> login : logins) {
                assertThat(login.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("/");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
