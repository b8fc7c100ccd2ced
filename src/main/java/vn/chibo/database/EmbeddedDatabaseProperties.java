package vn.chibo.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the app starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the database files live between starts
 * @param port     the loopback port; 0 picks a free one
 * @param settings server settings passed to {@code postgres -c}, e.g. {@code shared_buffers}, or
 *                 {@code shared_preload_libraries=pg_stat_statements} for the benchmark's SQL counts
 */
@ConfigurationProperties("chibo.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, Map<String, String> settings) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "postgres");
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
