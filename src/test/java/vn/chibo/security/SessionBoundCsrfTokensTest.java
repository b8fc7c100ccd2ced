package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

/** Before sign-in the token is in a cookie (host-only over HTTPS); once signed in, only the session's counts. */
class SessionBoundCsrfTokensTest {

    private final SessionBoundCsrfTokens tokens = new SessionBoundCsrfTokens();

    @Test
    void overHttpsTheLoginFormsCookieCarriesTheHostPrefix() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        tokens.saveToken(tokens.generateToken(request), request, response);

        assertThat(response.getHeaders("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(SessionBoundCsrfTokens.HOST_COOKIE + "=").contains("Path=/", "Secure", "HttpOnly")
                .doesNotContainIgnoringCase("Domain"));
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void overPlainHttpTheCookieHasItsPlainName() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        tokens.saveToken(tokens.generateToken(request), request, response);

        assertThat(response.getHeaders("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(SessionBoundCsrfTokens.COOKIE + "=").doesNotContain("Secure"));
    }

    @Test
    void onceThereIsASessionACookiesTokenIsNotLoadedAndTheSessionKeepsItsOwn() {
        MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/login");
        MockHttpServletResponse first = new MockHttpServletResponse();
        CsrfToken planted = tokens.generateToken(anonymous);
        tokens.saveToken(planted, anonymous, first);

        MockHttpServletRequest signedIn = new MockHttpServletRequest("POST", "/account");
        signedIn.getSession(true);
        signedIn.setCookies(new Cookie(SessionBoundCsrfTokens.COOKIE, planted.getToken()));
        assertThat(tokens.loadToken(signedIn)).isNull();

        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken own = tokens.generateToken(signedIn);
        tokens.saveToken(own, signedIn, response);
        assertThat(tokens.loadToken(signedIn).getToken()).isEqualTo(own.getToken()).isNotEqualTo(planted.getToken());
        // The cookie the request still carried is cleared.
        assertThat(response.getHeaders("Set-Cookie")).singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith(SessionBoundCsrfTokens.COOKIE + "=;").contains("Max-Age=0"));
    }
}
