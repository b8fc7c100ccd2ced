package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The app's own PostgreSQL keeps its files between starts, and starts only when no database is configured. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartFindsTheDataOfTheFirst() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0, null);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('còn nguyên')");
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("còn nguyên");
        }
    }

    @Test
    void theServerWritesEveryCommitToDiskBeforeAnsweringIt() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0, null);
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("on");
            assertThat(rows.getString(2)).isEqualTo("on");
            assertThat(rows.getString(3)).isEqualTo("on");
        }
    }

    @Test
    void serverSettingsReachPostgres() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0,
                Map.of("shared_preload_libraries", "pg_stat_statements", "work_mem", "8MB"));
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            try (ResultSet rows = statement.executeQuery(
                    "select current_setting('work_mem'), (select count(*) from pg_stat_statements) >= 0")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("8MB");
                assertThat(rows.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void nothingEmbeddedStartsWhenADatabaseIsConfigured() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.invalid/chibo");
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setEnvironment(environment);
            context.register(EmbeddedDatabaseConfiguration.class);
            context.refresh();
            assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        }
    }
}
