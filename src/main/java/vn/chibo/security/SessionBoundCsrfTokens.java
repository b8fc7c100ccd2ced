package vn.chibo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where the CSRF token lives. Before sign-in there is no session (a visit of the login page leaves
 * none on the server), so the login form's token is kept in a cookie (HttpOnly, SameSite=Lax), the
 * form carrying it masked. Once signed in, the token is the session's: a token in a cookie no
 * longer passes, so one planted from a sibling host cannot be used. Over HTTPS the cookie is named
 * {@code __Host-XSRF-TOKEN} (Secure, Path=/, no Domain), which a sibling host cannot set either.
 */
final class SessionBoundCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HOST_COOKIE = "__Host-XSRF-TOKEN";

    private final CookieCsrfTokenRepository plainCookie = cookie(COOKIE);
    private final CookieCsrfTokenRepository hostCookie = cookie(HOST_COOKIE);
    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    private static CookieCsrfTokenRepository cookie(String name) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(name);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    private CookieCsrfTokenRepository cookieFor(HttpServletRequest request) {
        return request.isSecure() ? hostCookie : plainCookie;
    }

    private static boolean signedIn(HttpServletRequest request) {
        return request.getSession(false) != null;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return signedIn(request) ? session.generateToken(request) : cookieFor(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (!signedIn(request)) {
            cookieFor(request).saveToken(token, request, response);
            return;
        }
        session.saveToken(token, request, response);
        if (WebUtils.getCookie(request, request.isSecure() ? HOST_COOKIE : COOKIE) != null) {
            cookieFor(request).saveToken(null, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return signedIn(request) ? session.loadToken(request) : cookieFor(request).loadToken(request);
    }
}
