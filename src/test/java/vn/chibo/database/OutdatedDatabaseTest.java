package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.chibo.ChiboApplication;

/** A data folder from before the baseline schema stops the start with one clear message, and stays as it was. */
@ExtendWith(OutputCaptureExtension.class)
class OutdatedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aDataFolderFromBeforeTheBaselineStopsTheStartWithAClearMessage(CapturedOutput output) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0, null);
        try (EmbeddedPostgres old = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/pre-baseline")
                    .load().migrate();
        }

        assertThatThrownBy(() -> new SpringApplicationBuilder(ChiboApplication.class)
                .run("--chibo.embedded-db.data-dir=" + dataDir, "--server.port=0", "--chibo.demo.enabled=false"))
                .hasRootCauseInstanceOf(OutdatedDatabaseException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("The data folder " + dataDir + " was made by an older build of Chibo")
                .contains("Delete the data folder " + dataDir)
                .doesNotContain("FlywayValidateException")
                .doesNotContain("at org.flywaydb");
        try (EmbeddedPostgres old = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("select count(*), max(version::int) from flyway_schema_history")) {
            history.next();
            assertThat(history.getInt(1)).isEqualTo(3);
            assertThat(history.getInt(2)).isEqualTo(23);
        }
    }
}
