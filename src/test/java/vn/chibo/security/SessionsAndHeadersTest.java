package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.SessionCookies;

/**
 * The headers every answer carries, how long a session lasts, and the drafts' keys. Where the
 * CSRF token lives is tested over real HTTP ({@code LoginFormOverHttpTest}) and in
 * {@code SessionBoundCsrfTokensTest}.
 */
@ChiboIntegrationTest
class SessionsAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void everyAnswerCarriesAPolicyThatAllowsNoInlineScript() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andReturn();
        String policy = login.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'",
                "object-src 'none'");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(login.getResponse().getContentAsString()).doesNotContain("javascript:").doesNotContain("onclick=");

        MvcResult overHttps = mvc.perform(get("/login").secure(true)).andReturn();
        assertThat(overHttps.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() throws Exception {
        MockHttpSession session = Browser.login(mvc, "dangvien");
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());

        signedInAgo(session, Duration.ofHours(11));
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());
        signedInAgo(session, Duration.ofHours(13));
        mvc.perform(get("/me").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    /** Moves the sign-in time of the session, as kept in the database, this far back. */
    private void signedInAgo(MockHttpSession session, Duration ago) {
        signedInAgo(sessions, SessionCookies.id(session), ago);
    }

    private static <S extends Session> void signedInAgo(SessionRepository<S> repository, String id, Duration ago) {
        S stored = repository.findById(id);
        stored.setAttribute(AccountStandingFilter.SIGNED_IN_AT, System.currentTimeMillis() - ago.toMillis());
        repository.save(stored);
    }

    @Test
    void signingOutClearsTheDraftsOfThisBrowserAndDraftsAreKeptPerAccount() throws Exception {
        MockHttpSession session = Browser.login(mvc, "dangvien");
        String page = Browser.text(mvc.perform(get("/me").session(session)).andReturn());
        assertThat(page).containsPattern("<meta name=\"chibo-account\" content=\"\\d+\">").contains("data-sign-out")
                .contains("/assets/js/chibo.js");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }
}
