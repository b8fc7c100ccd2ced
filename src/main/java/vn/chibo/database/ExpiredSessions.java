package vn.chibo.database;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions that have expired, once a minute, on one node at a time. Spring Session's
 * own clean-up (spring.session.jdbc.cleanup-cron) is turned off: on every node at once, the same
 * delete would run twice and the two could deadlock on the same rows.
 */
@Component
class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;
    private final OnceAcrossNodes once;

    ExpiredSessions(JdbcIndexedSessionRepository sessions, OnceAcrossNodes once) {
        this.sessions = sessions;
        this.once = once;
    }

    @Scheduled(cron = "${chibo.sessions.cleanup-cron:0 * * * * *}")
    void deleteExpired() {
        once.run("expired-sessions", sessions::cleanUpExpiredSessions);
    }
}
