package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import vn.chibo.support.TestDatabase;

/** Flyway alone builds the whole schema on an empty database. */
class FlywayMigrationTest {

    @Test
    void flywayMigratesAnEmptyDatabase() throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        String url = TestDatabase.emptyDatabase("empty");
        MigrateResult result = Flyway.configure().dataSource(url, db.username(), db.password())
                .locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);

        try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("""
                     select count(*) from information_schema.tables
                      where table_schema = 'public' and table_name in ('organization', 'member', 'account',
                            'meeting', 'agenda_item', 'attendance', 'task', 'monthly_rating',
                            'annual_classification', 'audit_log', 'discipline', 'pilot_enrollment')""")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(12);
        }
    }
}
