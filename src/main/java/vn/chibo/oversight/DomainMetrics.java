package vn.chibo.oversight;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Chibo's own figures beside the HTTP, JVM and pool metrics ({@code /actuator/prometheus}, as
 * {@code chibo_*}): the branches that have held this month's meeting, the meetings of this month
 * finalized, the accounts locked now (each read from the database when scraped), and the failed
 * sign-ins since start (a counter, so that an alert can watch its rate).
 */
@Component
class DomainMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;
    private Counter signInFailures;

    DomainMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chibo.branches.met", this, metrics -> metrics.count("""
                        select count(distinct branch_id) from meeting
                        where period = :month and status in ('HELD', 'FINALIZED')"""))
                .description("Branches that have held a meeting this month").register(registry);
        Gauge.builder("chibo.meetings.finalized", this, metrics -> metrics.count("""
                        select count(*) from meeting where period = :month and status = 'FINALIZED'"""))
                .description("Meetings of this month that are finalized").register(registry);
        Gauge.builder("chibo.accounts.locked", this, metrics -> metrics.count("""
                        select count(*) from account where locked or locked_until > now()"""))
                .description("Accounts locked now, by an administrator or after failed sign-ins").register(registry);
        signInFailures = Counter.builder("chibo.signin.failures")
                .description("Failed sign-ins since the application started").register(registry);
    }

    @EventListener
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        if (signInFailures != null) {
            signInFailures.increment();
        }
    }

    /** A count, with {@code :month} the first day of this month. */
    private double count(String sql) {
        return jdbc.sql(sql).param("month", LocalDate.now(clock).withDayOfMonth(1)).query(Long.class).single();
    }
}
