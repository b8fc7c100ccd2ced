package vn.chibo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema is one baseline ({@code V1__schema.sql}, {@code V2__derived_data.sql}) plus what came
 * after it. A database made by a build from before the baseline has a history Flyway cannot follow
 * (its V2 was "branch month summary", and twenty-one more after it): instead of Flyway's validation
 * error, the start stops with {@link OutdatedDatabaseException}, which
 * {@link OutdatedDatabaseFailureAnalyzer} reports as one clear message.
 */
@Configuration(proxyBeanMethods = false)
class SchemaBaseline {

    /** The description of the baseline's second migration, which every database made since carries. */
    static final String BASELINE_V2 = "derived data";

    @Bean
    FlywayMigrationStrategy baselineCheck(ObjectProvider<EmbeddedPostgres> embedded,
                                          EmbeddedDatabaseProperties properties) {
        return flyway -> {
            if (madeBeforeBaseline(flyway)) {
                Path dataDir = embedded.getIfAvailable() == null ? null
                        : properties.dataDir().toAbsolutePath().normalize();
                throw new OutdatedDatabaseException(dataDir);
            }
            flyway.migrate();
        };
    }

    static boolean madeBeforeBaseline(Flyway flyway) {
        return Arrays.stream(flyway.info().applied())
                .filter(migration -> migration.getVersion() != null && "2".equals(migration.getVersion().getVersion()))
                .map(MigrationInfo::getDescription)
                .anyMatch(description -> !BASELINE_V2.equals(description));
    }
}
