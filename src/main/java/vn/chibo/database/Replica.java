package vn.chibo.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The replica, and whether a read-only transaction may use it now. It may when it answers, when it
 * is less than {@code max-lag} behind the primary, and when the person asking has not written
 * anything it has not replayed yet: a secretary who has just saved reads the primary until the
 * replica has their save. Otherwise reads go to the primary, and the change is logged once.
 *
 * <p>How far behind: every second the primary's flushed WAL position is noted with the time; the
 * replica is as current as the latest noted position it has replayed. An idle primary writes no
 * WAL, so an idle replica is not counted as lagging.
 *
 * <p>Both are metrics: {@code chibo_replica_in_use} (1 or 0) and {@code chibo_replica_lag_seconds}
 * (none while it is down).
 */
public class Replica implements AutoCloseable, MeterBinder {

    /** The session attribute holding the primary's WAL position after the person's last write. */
    static final String WROTE_UP_TO = Replica.class.getName() + ".wroteUpTo";
    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    private record Mark(long at, long lsn) {
    }

    private static final int KEPT_MARKS = 3600;

    private final DataSource primary;
    private final HikariDataSource replica;
    private final long maxLagMillis;
    private final Clock clock;
    private final Deque<Mark> marks = new ArrayDeque<>();
    private volatile boolean usable;
    private volatile long replayed = -1;
    private volatile long lagMillis = -1;
    private volatile String state = "is not checked yet";

    Replica(DataSource primary, ReplicaProperties properties, Clock clock) {
        this.primary = primary;
        this.maxLagMillis = properties.maxLag().toMillis();
        this.clock = clock;
        this.replica = new HikariDataSource();
        replica.setPoolName("chibo-replica");
        replica.setJdbcUrl(properties.url());
        replica.setUsername(properties.username());
        replica.setPassword(properties.password());
        replica.setReadOnly(true);
        replica.setMaximumPoolSize(10);
        // A replica that does not answer must not hold a page up: one second, then the primary.
        replica.setConnectionTimeout(1000);
        replica.setInitializationFailTimeout(-1);
    }

    /** A connection for a read-only transaction: the replica's when it may serve it, else the primary's. */
    Connection connectionForReads() throws SQLException {
        if (!usable || mustReadOwnWrites()) {
            return primary.getConnection();
        }
        try {
            Connection connection = replica.getConnection();
            // Asked, not assumed: a replica stopped since the last check has closed the pool's
            // connections, and a page must not be the one to find out (one round trip on loopback).
            if (connection.isValid(1)) {
                return connection;
            }
            replica.evictConnection(connection);
        } catch (SQLException e) {
            // down: the next check logs it, and brings it back when it answers
        }
        usable = false;
        replica.getHikariPoolMXBean().softEvictConnections();
        return primary.getConnection();
    }

    /** Within a write request, or after the person's own write that the replica has not replayed yet. */
    private boolean mustReadOwnWrites() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        if (writes(request)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        // Not until the replica is past the position: at exactly it, a save was seen missing on a
        // standby whose replay had just been paused (ReplicaTest).
        return session != null && session.getAttribute(WROTE_UP_TO) instanceof Long wrote && wrote >= replayed;
    }

    /** Whether the request may write: POST, PUT, PATCH or DELETE. */
    static boolean writes(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    /** Notes in the session how far the primary's WAL was after the person's write. */
    void noteWrite(HttpSession session) throws SQLException {
        session.setAttribute(WROTE_UP_TO, primaryPosition());
    }

    private long primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_current_wal_flush_lsn()::text")) {
            rs.next();
            return lsn(rs.getString(1));
        }
    }

    @Scheduled(fixedDelay = 1000)
    void check() {
        long now = clock.millis();
        try {
            marks.addLast(new Mark(now, primaryPosition()));
        } catch (SQLException e) {
            return; // the primary does not answer: nothing to compare with, and pages fail on it anyway
        }
        if (marks.size() > KEPT_MARKS) {
            marks.pollFirst();
        }
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
            rs.next();
            if (!rs.getBoolean(1) || rs.getString(2) == null) {
                lagMillis = -1;
                changeState(false, "is not a standby of the primary");
                return;
            }
            replayed = lsn(rs.getString(2));
        } catch (SQLException e) {
            lagMillis = -1;
            changeState(false, "is down", e.getMessage());
            return;
        }
        Mark caughtUp = null;
        while (!marks.isEmpty() && marks.peekFirst().lsn() <= replayed) {
            caughtUp = marks.pollFirst();
        }
        if (caughtUp == null) {
            lagMillis = now - marks.peekFirst().at();
            changeState(false, "is catching up");
            return;
        }
        lagMillis = marks.isEmpty() ? 0 : now - caughtUp.at();
        marks.addFirst(caughtUp);
        if (lagMillis > maxLagMillis) {
            changeState(false, "is behind the primary by more than " + maxLagMillis / 1000 + " s");
        } else {
            changeState(true, "is in use");
        }
    }

    /** Logs the replica's state when it changes (a lagging replica is logged once, not every second). */
    private void changeState(boolean nowUsable, String now) {
        changeState(nowUsable, now, null);
    }

    private void changeState(boolean nowUsable, String now, String detail) {
        usable = nowUsable;
        if (!now.equals(state)) {
            if (nowUsable) {
                log.info("Replica {}: read-only transactions go to it", now);
            } else {
                log.warn("Replica {}{}: read-only transactions go to the primary until it is back", now,
                        detail == null ? "" : " (" + detail + ")");
            }
            state = now;
        }
    }

    /** Whether read-only transactions go to the replica now. */
    public boolean usable() {
        return usable;
    }

    /** How far behind the primary it was at the last check, in milliseconds; -1 when unknown. */
    public long lagMillis() {
        return lagMillis;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chibo.replica.in.use", this, replica -> replica.usable() ? 1 : 0)
                .description("Whether read-only transactions go to the replica now").register(registry);
        Gauge.builder("chibo.replica.lag", this, replica -> replica.lagMillis() < 0 ? Double.NaN
                        : replica.lagMillis() / 1000.0)
                .baseUnit("seconds").description("How far the replica was behind the primary at the last check")
                .register(registry);
    }

    /** A WAL position {@code 16/B374D848} as a number. */
    static long lsn(String text) {
        int slash = text.indexOf('/');
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }

    @Override
    public void close() {
        replica.close();
    }
}
