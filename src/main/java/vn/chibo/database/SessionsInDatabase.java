package vn.chibo.database;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signed-in sessions are rows in PostgreSQL (Spring Session JDBC, tables from migration V8, cookie
 * {@code SESSION}), on one node as on several: any node serves any signed-in person, and a node
 * that stops or restarts signs no one out (docs/scale.md). Sessions expire after 30 minutes idle;
 * the library's repository is used through {@link CheapSessions}, which spares each request a
 * second read and a last-access write. Boot's own JDBC session auto-configuration is excluded
 * (application.properties) so that this is the one configuration, and the library's clean-up is
 * off ({@link ExpiredSessions} runs it on one node at a time).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60, cleanupCron = Scheduled.CRON_DISABLED)
class SessionsInDatabase {

    @Bean
    @Primary
    SessionRepository<Session> cheapSessions(JdbcIndexedSessionRepository sessions) {
        return new CheapSessions<>(sessions);
    }

    /** Taken by the library by this name; no default candidate, so Boot's own TransactionTemplate stays. */
    @Bean(defaultCandidate = false)
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        return CheapSessions.transactions(transactionManager);
    }

    @Bean
    CheapSessions.RequestScope sessionsReadOncePerRequest() {
        return new CheapSessions.RequestScope();
    }
}
