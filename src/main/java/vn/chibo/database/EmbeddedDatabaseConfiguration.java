package vn.chibo.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, Chibo starts a real PostgreSQL 17 on a loopback port,
 * keeping its files in {@code chibo.embedded-db.data-dir} so that a second start finds the same
 * data. The server stops when the application context closes, after the connection pool.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC")
                // What was saved stays saved: the library, made for tests, starts the server without
                // fsync and with asynchronous commit (a crash could lose the last commits, or the
                // whole database); this server holds the app's data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        properties.settings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", postgres.getPort(), dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("chibo-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
