package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0);

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
