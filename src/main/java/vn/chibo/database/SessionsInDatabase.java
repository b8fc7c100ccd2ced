package vn.chibo.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code chibo.sessions.in-database=true}, signed-in sessions are rows in PostgreSQL (Spring
 * Session JDBC, tables from migration V8, cookie {@code SESSION}), so that several app nodes serve
 * any signed-in person and a node that stops signs no one out (docs/scale.md). Off, one node keeps
 * them in its memory (cookie {@code JSESSIONID}): a session read and a last-access write on every
 * request cost a page about 30 ms of p95 on the province benchmark (meeting page 48.4 → 78.7 ms,
 * target 50; /me 37.7 → 68.7), which one machine does not need to pay. Boot's own JDBC session
 * auto-configuration is excluded (application.properties) so that this switch decides; sessions
 * expire after 30 minutes idle as the memory ones do, and the library's clean-up is off
 * ({@link ExpiredSessions} runs it on one node at a time).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("chibo.sessions.in-database")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60, cleanupCron = Scheduled.CRON_DISABLED)
class SessionsInDatabase {
}
