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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in request: the session ends when its account was disabled or its password changed
 * since it signed in (the account's security stamp moved), on any node, or when it is older than
 * its absolute lifetime; a person whose rights changed meanwhile (a role in their branch, a
 * grant, a moved organization) is read again, so the change holds in open sessions at once; and a
 * person signed in with a one-time password is sent to {@code /account} until they have changed it.
 * One read by primary keys a request.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    /** The session attribute holding when the session signed in (epoch milliseconds). */
    static final String SIGNED_IN_AT = AccountStandingFilter.class.getName() + ".signedInAt";

    private final AccountRepository accounts;
    private final UserDetailsService people;
    private final Duration lifetime;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountStandingFilter(AccountRepository accounts, UserDetailsService people, Duration lifetime, Clock clock) {
        this.accounts = accounts;
        this.people = people;
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
        if (!standing.get().getRights().equals(user.rights())) {
            user = readAgain(user, request, response);
        }
        if (user.passwordChangeRequired() && !mayOpenBeforeTheChange(request)) {
            response.sendRedirect(request.getContextPath() + "/account");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The same session with the person's rights as they stand now. */
    private ChiboUser readAgain(ChiboUser user, HttpServletRequest request, HttpServletResponse response) {
        ChiboUser now = (ChiboUser) people.loadUserByUsername(user.getUsername());
        now.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return now;
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
