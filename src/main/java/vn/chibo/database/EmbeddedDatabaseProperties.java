package vn.chibo.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the app starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the database files live between starts
 * @param port    the loopback port; 0 picks a free one
 */
@ConfigurationProperties("chibo.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "postgres");
        }
    }
}
