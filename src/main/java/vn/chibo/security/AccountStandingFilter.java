package vn.chibo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in request: the session ends when its account was disabled or its password changed
 * since it signed in (the account's security stamp moved), on any node, or when it is older than
 * its absolute lifetime; and a person signed in with a one-time password is sent to
 * {@code /account} until they have changed it. One primary-key read a request.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    /** The session attribute holding when the session signed in (epoch milliseconds). */
    static final String SIGNED_IN_AT = AccountStandingFilter.class.getName() + ".signedInAt";

    private final AccountRepository accounts;
    private final Duration lifetime;
    private final Clock clock;

    AccountStandingFilter(AccountRepository accounts, Duration lifetime, Clock clock) {
        this.accounts = accounts;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ChiboUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountRepository.Standing> standing = accounts.standing(user.accountId());
        if (standing.isEmpty() || !standing.get().getEnabled()
                || standing.get().getSecurityStamp() != user.securityStamp() || outlived(request)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        if (user.passwordChangeRequired() && !mayOpenBeforeTheChange(request)) {
            response.sendRedirect(request.getContextPath() + "/account");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the session signed in longer ago than its lifetime; notes the time on its first request. */
    private boolean outlived(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        long now = clock.millis();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedIn)) {
            session.setAttribute(SIGNED_IN_AT, now);
            return false;
        }
        return now - signedIn > lifetime.toMillis();
    }

    private static boolean mayOpenBeforeTheChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account") || path.equals("/logout") || path.equals("/login") || path.equals("/error")
                || path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
