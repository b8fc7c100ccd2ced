package vn.chibo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request (logger {@code chibo.requests}): the account's id, never its name; the
 * method and the route, as the mapping's pattern ({@code /meetings/{id}/attendance}), so no id,
 * token or typed text; the status and the time in milliseconds. In JSON logs these are fields of
 * their own. It sits in the security chain just inside the security context, so it sees who was
 * signed in and also logs the requests that security turned away.
 */
final class RequestLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger("chibo.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (LOG.isInfoEnabled()) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                int status = failed ? 500 : response.getStatus();
                String account = accountId();
                String route = route(request);
                LOG.atInfo().addKeyValue("account", account).addKeyValue("method", request.getMethod())
                        .addKeyValue("route", route).addKeyValue("status", status).addKeyValue("ms", millis)
                        .log("{} {} {} {} ms account {}", request.getMethod(), route, status, millis, account);
            }
        }
    }

    private static String accountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ChiboUser user
                ? String.valueOf(user.accountId()) : "-";
    }

    /**
     * The mapping's pattern; for a request that never reached one (turned away, not found), the
     * path with every segment that holds a digit or is long (ids, tokens) written {@code {}}.
     */
    static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            return pattern.toString();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        StringBuilder route = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!route.isEmpty() || !segment.isEmpty()) {
                route.append('/');
            }
            route.append(segment.length() > 24 || segment.chars().anyMatch(Character::isDigit) ? "{}" : segment);
        }
        return route.isEmpty() ? "/" : route.toString();
    }
}
