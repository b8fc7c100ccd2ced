package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.SessionCookies;

/**
 * Sessions in PostgreSQL cost a request one read and, at most once a minute, one write
 * ({@link CheapSessions}); they still expire after 30 minutes idle.
 */
@ChiboIntegrationTest
class CheapSessionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long lastAccess(MockHttpSession held) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(held.getAttribute(SessionCookies.ID)).query(Long.class).single();
    }

    private void setLastAccessMinutesAgo(MockHttpSession held, int minutes) {
        long then = System.currentTimeMillis() - minutes * 60_000L;
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint"
                        + " where session_id = ?")
                .params(then, then, held.getAttribute(SessionCookies.ID)).update();
    }

    @Test
    void theLastAccessIsWrittenWhenItIsAMinuteOld() throws Exception {
        MockHttpSession held = Browser.login(mvc, "dangvien");
        mvc.perform(get("/me").session(held)).andExpect(status().isOk());
        long signedIn = lastAccess(held);

        mvc.perform(get("/me").session(held)).andExpect(status().isOk());
        assertThat(lastAccess(held)).as("not written again within the minute").isEqualTo(signedIn);

        setLastAccessMinutesAgo(held, 2);
        long before = System.currentTimeMillis();
        mvc.perform(get("/me").session(held)).andExpect(status().isOk());
        assertThat(lastAccess(held)).as("written once it was a minute old").isGreaterThanOrEqualTo(before);
    }

    @Test
    void aSessionIdleForHalfAnHourHasEnded() throws Exception {
        MockHttpSession held = Browser.login(mvc, "dangvien");
        setLastAccessMinutesAgo(held, 29);
        mvc.perform(get("/me").session(held)).andExpect(status().isOk());

        setLastAccessMinutesAgo(held, 31);
        mvc.perform(get("/me").session(held)).andExpect(redirectedUrl("/login"));
    }

    /** Spring Session's filter, on sessions kept in a map that counts its reads. */
    private static final class CountedReads extends MapSessionRepository {

        final AtomicInteger reads = new AtomicInteger();

        CountedReads() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }

    /** A page that uses the session and is sent before the filters end, as every Chibo page is. */
    private static final HttpServlet PAGE = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession().setAttribute("seen", Boolean.TRUE);
            response.getWriter().write("page");
            response.flushBuffer();
        }
    };

    private static int readsOfOneRequest(CountedReads stored, String sessionId, Filter... filters) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/me");
        request.setCookies(new Cookie("SESSION",
                Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        stored.reads.set(0);
        new MockFilterChain(PAGE, filters).doFilter(request, new MockHttpServletResponse());
        return stored.reads.get();
    }

    @Test
    void aSessionIsReadOncePerRequest() throws Exception {
        CountedReads stored = new CountedReads();
        MapSession session = stored.createSession();
        stored.save(session);
        CheapSessions<MapSession> sessions = new CheapSessions<>(stored);
        SessionRepositoryFilter<?> springSession = new SessionRepositoryFilter<>(sessions);

        assertThat(readsOfOneRequest(stored, session.getId(), springSession))
                .as("the library alone reads it again after saving (spring-session 1424); if not, drop RequestScope")
                .isEqualTo(2);
        assertThat(readsOfOneRequest(stored, session.getId(), new CheapSessions.RequestScope(), springSession))
                .isEqualTo(1);
        assertThat(readsOfOneRequest(stored, session.getId(), new CheapSessions.RequestScope(), springSession))
                .as("the next request reads it afresh").isEqualTo(1);
        assertThat(stored.findById(session.getId()).<Boolean>getAttribute("seen")).isTrue();
    }
}
