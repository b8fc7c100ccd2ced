package vn.chibo.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A streaming replica of the database for read-only work (docs/scale.md). Unset, everything runs
 * on the one database.
 *
 * @param url      its JDBC URL, e.g. {@code jdbc:postgresql://replica:5432/chibo}
 * @param username its user (a read-only one will do)
 * @param password its password
 * @param maxLag   behind the primary by more than this, it is left alone until it catches up
 */
@ConfigurationProperties("chibo.datasource.replica")
public record ReplicaProperties(String url, String username, String password, Duration maxLag) {

    public ReplicaProperties {
        if (maxLag == null) {
            maxLag = Duration.ofSeconds(5);
        }
    }
}
