package vn.chibo.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meeting.MeetingRulesProperties;

/**
 * The roll-ups count late meetings and quality bands with thresholds from the configuration
 * ({@code chibo.dashboard.on-time-day}, {@code chibo.meeting.*-from}). At start the thresholds are
 * copied into {@code dashboard_rules}; when they changed, the roll-up is recounted once, in the
 * same transaction, so the dashboards always count with the rules the rest of the app uses. The
 * copy exists because the roll-ups do: counting from the base rows instead, the province dashboard
 * took 3.8-4.2 s a request against its 150 ms target (docs/performance.md).
 */
@Component
@DependsOnDatabaseInitialization
class DashboardRulesSync implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardRulesSync.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DashboardProperties dashboard;
    private final MeetingRulesProperties meeting;

    DashboardRulesSync(JdbcTemplate jdbc, TransactionTemplate transaction, DashboardProperties dashboard,
                       MeetingRulesProperties meeting) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.dashboard = dashboard;
        this.meeting = meeting;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            int changed = jdbc.update("""
                    update dashboard_rules set on_time_day = ?, good_from = ?, fair_from = ?, average_from = ?
                     where (on_time_day, good_from, fair_from, average_from) is distinct from (?, ?, ?, ?)""",
                    dashboard.onTimeDay(), meeting.goodFrom(), meeting.fairFrom(), meeting.averageFrom(),
                    dashboard.onTimeDay(), meeting.goodFrom(), meeting.fairFrom(), meeting.averageFrom());
            if (changed > 0) {
                jdbc.execute("select rebuild_organization_month_summary()");
                log.info("Dashboard rules changed: roll-ups recounted");
            }
        });
    }
}
