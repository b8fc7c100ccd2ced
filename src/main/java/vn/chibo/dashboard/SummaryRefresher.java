package vn.chibo.dashboard;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chibo.meeting.MeetingChanged;

/**
 * Keeps {@code branch_month_summary} exact: when a meeting changes, the branch's month is
 * recomputed from the base tables just before the change commits, in the same transaction, so
 * the dashboards never show a figure the meeting pages contradict.
 */
@Component
class SummaryRefresher {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    SummaryRefresher(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MeetingChanged change) {
        entityManager.flush();
        Date month = Date.valueOf(change.period().atDay(1));
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], ?, ?)", Integer.class,
                change.branchId(), month, month);
    }
}
