package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.TreeBuilder;

/**
 * Read-only transactions on a streaming replica, everything else on the primary: a real standby of
 * an embedded primary, made from a copy of its files. The replica is paused, left behind and
 * stopped; pages never fail, and whoever has just saved reads what they saved.
 */
@SpringBootTest(properties = {"chibo.datasource.replica.max-lag=3s", "chibo.demo.enabled=false"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ReplicaTest.PrimaryAndStandby.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ReplicaTest {

    private static EmbeddedPostgres primary;
    private static EmbeddedPostgres standby;

    static class PrimaryAndStandby implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path primaryDir = Files.createTempDirectory("chibo-primary");
                Path standbyDir = Files.createTempDirectory("chibo-standby");
                int port = freePort();
                // A cleanly stopped server's files are a valid start for a standby.
                primaryServer(primaryDir, port).close();
                copy(primaryDir, standbyDir);
                Files.createFile(standbyDir.resolve("standby.signal"));
                Files.writeString(standbyDir.resolve("postgresql.auto.conf"),
                        "primary_conninfo = 'host=localhost port=" + port + " user=postgres'\n",
                        java.nio.file.StandardOpenOption.APPEND);
                primary = primaryServer(primaryDir, port);
                standby = EmbeddedPostgres.builder().setDataDirectory(standbyDir).setCleanDataDirectory(false)
                        .setServerConfig("timezone", "UTC").start();
                // Stopped when the JVM ends, after the application context (and its pools) has closed.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    for (EmbeddedPostgres server : List.of(standby, primary)) {
                        try {
                            server.close();
                        } catch (IOException e) {
                            // ending anyway
                        }
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("spring.datasource.url=" + primary.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                    "chibo.datasource.replica.url=" + standby.getJdbcUrl("postgres", "postgres"),
                    "chibo.datasource.replica.username=postgres", "chibo.datasource.replica.password=postgres")
                    .applyTo(context);
        }

        private static EmbeddedPostgres primaryServer(Path dir, int port) throws IOException {
            return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("timezone", "UTC").start();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void copy(Path from, Path to) throws IOException {
            Set<String> skipped = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (skipped.contains(file.getFileName().toString())) {
                        continue;
                    }
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Autowired
    Replica replica;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** What a read-only transaction outside any request sees, and whether on a standby. */
    private <T> T readOnly(String sql, Class<T> type, Object... arguments) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> jdbc.queryForObject(sql, type, arguments));
    }

    private <T> T readWrite(String sql, Class<T> type) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(sql, type));
    }

    private static void onStandby(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(standby.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", atMost).isLessThan(until);
            Thread.sleep(100);
        }
    }

    @Test
    void readsGoToTheReplicaWritesToThePrimaryAndAPausedOrStoppedReplicaBreaksNothing(CapturedOutput output)
            throws Exception {
        await(replica::usable, Duration.ofSeconds(20));
        assertThat(metric("chibo.replica.in.use")).isEqualTo(1);
        assertThat(metric("chibo.replica.lag")).isBetween(0.0, 3.0);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
        assertThat(readWrite("select pg_is_in_recovery()", Boolean.class)).isFalse();

        BranchFixture fixture = new BranchFixture(tree, 2, 1);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + YearMonth.now())
                .param("kind", "REGULAR").session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(plan.split("/")[2]);
        long absent = fixture.fullMembers.stream().filter(id -> id != fixture.secretary).findFirst().orElseThrow();
        await(() -> readOnly("select count(*) from meeting where id = ?", Long.class, meeting) == 1,
                Duration.ofSeconds(5));

        // The replica stops replaying; the secretary saves an absence reason.
        onStandby("select pg_wal_replay_pause()");
        String reason = "Ốm, có đơn " + System.nanoTime();
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from meeting where id = ?", Long.class, meeting)))
                        .param("marks[" + absent + "].status", "EXCUSED").param("marks[" + absent + "].reason", reason))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        String countReason = "select count(*) from attendance where meeting_id = ? and reason = ?";
        // Someone else's read-only work still reads the replica, which has not got the save ...
        assertThat(replica.usable()).isTrue();
        assertThat(readOnly(countReason, Long.class, meeting, reason)).isZero();
        // ... but the secretary's next page reads the primary: she sees what she saved.
        assertThat(Browser.text(mvc.perform(get("/meetings/" + meeting).session(secretary)).andReturn()))
                .contains(reason);

        // Left behind by more than max-lag, the replica is left alone (logged once), and everyone reads the primary.
        await(() -> !replica.usable(), Duration.ofSeconds(10));
        assertThat(readOnly(countReason, Long.class, meeting, reason)).isOne();
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isFalse();
        assertThat(metric("chibo.replica.in.use")).isZero();
        assertThat(metric("chibo.replica.lag")).isGreaterThan(3.0);
        Thread.sleep(2500);
        assertThat(output.getOut().split("Replica is behind the primary", -1)).hasSize(2);

        // Replaying again, it is used again and has the save.
        onStandby("select pg_wal_replay_resume()");
        await(replica::usable, Duration.ofSeconds(10));
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
        assertThat(readOnly(countReason, Long.class, meeting, reason)).isOne();

        // Stopped, the replica breaks no page: reads fall back to the primary, logged once.
        standby.close();
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/branches/" + fixture.branch).session(staff)).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + meeting).session(staff)).andExpect(status().isOk());
        await(() -> !replica.usable(), Duration.ofSeconds(5));
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isFalse();
        Thread.sleep(2500);
        assertThat(output.getOut().split("Replica is down", -1)).hasSize(2);
        assertThat(metric("chibo.replica.in.use")).isZero();
        assertThat(metric("chibo.replica.lag")).isNaN();
    }

    private double metric(String name) {
        return meters.get(name).gauge().value();
    }
}
