package vn.chibo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in request: the session ends when its account was disabled or its password changed
 * since it signed in (the account's security stamp moved), on any node; and a person signed in
 * with a one-time password is sent to {@code /account} until they have changed it. One primary-key
 * read a request.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    AccountStandingFilter(AccountRepository accounts) {
        this.accounts = accounts;
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
                || standing.get().getSecurityStamp() != user.securityStamp()) {
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
