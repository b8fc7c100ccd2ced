package vn.chibo.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One throw-away PostgreSQL 17 per test JVM, shared by every test context: an embedded server by
 * default, or Docker's {@code postgres:17} through Testcontainers with
 * {@code -Dchibo.test.database=testcontainers}. Never H2.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public record Connection(String url, String username, String password) {
    }

    private static Connection connection;

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = start(System.getProperty("chibo.test.database", "embedded"));
        }
        return connection;
    }

    private static Connection start(String mode) {
        if ("testcontainers".equals(mode)) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is ending; the temporary directory goes with it
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Connection db = connection();
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(),
                "chibo.demo.enabled=true").applyTo(context);
    }

    /** A new, empty database on the test server, for a test of what a new installation does; its JDBC URL. */
    public static String emptyDatabase(String prefix) {
        Connection db = connection();
        String name = prefix + "_" + System.nanoTime();
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(db.url(), db.username(), db.password());
             java.sql.Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the database " + name, e);
        }
        return db.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }
}
