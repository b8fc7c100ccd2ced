package vn.chibo.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session JDBC's repository, without three costs it adds to every request:
 * <ul>
 * <li>It writes a session's last access on every request: an UPDATE and a commit that waits for the
 * disk, for a session that has not otherwise changed. Here a new last access is passed on only when
 * the stored one is a minute old or more, so a busy person's session is written about once a
 * minute; it still expires after 30 minutes idle, give or take that minute. Changed attributes
 * (sign-in, a new CSRF token, one's own write) are written at once as before.</li>
 * <li>Its filter reads the session a second time after saving it when the page was sent before the
 * filter ends, which is every page (spring-session issue 1424, open). Here a session read in a
 * request is read from the database once: {@link RequestScope}, a filter just outside Spring
 * Session's, keeps what was read until the request ends.</li>
 * <li>It wraps that read in a transaction of its own, of the application's JPA transaction manager:
 * BEGIN, COMMIT and an entity manager opened and closed. Here the read is one SELECT in autocommit
 * ({@link #transactions}); writes keep their transaction.</li>
 * </ul>
 * A signed-in page then runs one statement for its session (pg_stat_statements on the demo's /me:
 * 2 SELECTs, 3 BEGINs and an UPDATE before). The province benchmark, where the meeting page's target
 * (50 ms p95) has the least room, is in bench/RESULTS.md: the library as it comes cost that page
 * about 30 ms of p95 (48.4 → 78.7 ms), which is why sessions were first kept in memory on one node.
 */
final class CheapSessions<S extends Session> implements SessionRepository<Session> {

    static final Duration WRITE_LAST_ACCESS_EVERY = Duration.ofMinutes(1);

    /** The sessions read in this thread's request, while {@link RequestScope} runs it. */
    private static final ThreadLocal<List<Stored<?>>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    /** Set while the library reads a session: {@link #transactions} runs that read alone, in autocommit. */
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final SessionRepository<S> sessions;

    CheapSessions(SessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        sessions.save(session instanceof Stored<?> stored ? (S) stored.session : (S) session);
    }

    @Override
    public Session findById(String id) {
        List<Stored<?>> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            for (Stored<?> stored : read) {
                if (stored.getId().equals(id)) {
                    return stored;
                }
            }
        }
        S session;
        READING.set(Boolean.TRUE);
        try {
            session = sessions.findById(id);
        } finally {
            READING.remove();
        }
        if (session == null) {
            return null;
        }
        Stored<S> stored = new Stored<>(session);
        if (read != null) {
            read.add(stored);
        }
        return stored;
    }

    @Override
    public void deleteById(String id) {
        List<Stored<?>> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.removeIf(stored -> stored.getId().equals(id));
        }
        sessions.deleteById(id);
    }

    /** A session read from the database, whose last access is written when it is a minute old. */
    private record Stored<S extends Session>(S session) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(WRITE_LAST_ACCESS_EVERY))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }

    /**
     * The library's transactions: a new one of the application's transaction manager for each write,
     * as the library's default, but none around the one SELECT that reads a session, which needs no
     * BEGIN and COMMIT, nor a JPA entity manager opened and closed for it, on every request.
     */
    static TransactionOperations transactions(PlatformTransactionManager transactionManager) {
        TransactionTemplate writes = new TransactionTemplate(transactionManager);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return READING.get() != null ? TransactionOperations.withoutTransaction().execute(action)
                        : writes.execute(action);
            }
        };
    }

    /** Runs each request with its own memory of the sessions read, just outside Spring Session's filter. */
    static final class RequestScope extends OncePerRequestFilter implements Ordered {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            READ_IN_THIS_REQUEST.set(new ArrayList<>(1));
            try {
                chain.doFilter(request, response);
            } finally {
                READ_IN_THIS_REQUEST.remove();
            }
        }

        @Override
        public int getOrder() {
            return SessionRepositoryFilter.DEFAULT_ORDER - 1;
        }
    }
}
