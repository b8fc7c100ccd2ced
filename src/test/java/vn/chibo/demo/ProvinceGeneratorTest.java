package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TestDatabase;

/** The province generator, on a small province, into a database of its own, by the same code as the real one. */
class ProvinceGeneratorTest {

    @Test
    void aSmallProvinceLoadsWholeWithItsAccountsAndDashboardSummary() throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        String name = "province_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = db.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        Flyway.configure().dataSource(url, db.username(), db.password()).locations("classpath:db/migration").load()
                .migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.username(), db.password());
        DemoDataLoader loader = new DemoDataLoader(null, dataSource,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC(), "");

        loader.load(ProvinceShape.of(3, 4, 6));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(*) from organization where kind = 'BRANCH'", Long.class))
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isBetween(12L * 4, 12L * 150);
        assertThat(jdbc.queryForList("select username from account where username in "
                + "('tinhuy', 'xauy', 'bithu.lon', 'dangvien.lon')", String.class)).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(12 + 3);
        assertThat(jdbc.queryForObject("select count(distinct period) from meeting", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from branch_month_summary", Long.class)).isEqualTo(
                jdbc.queryForObject("""
                        select count(*) from (select branch_id, period from meeting union
                                              select branch_id, period from monthly_rating) x""", Long.class));
        assertThat(jdbc.queryForObject("""
                select sum(present) from branch_month_summary""", Long.class)).isEqualTo(jdbc.queryForObject("""
                select count(*) from attendance a join meeting m on m.id = a.meeting_id
                 where a.status = 'PRESENT' and m.kind in ('REGULAR', 'COMBINED')""", Long.class));
        // Every roll-up the dashboards read equals a recount from the rows that were loaded.
        assertThat(RollupCheck.differences(jdbc, "/")).isEmpty();
        assertThat(jdbc.queryForObject("select members from organization_roll where organization_id = 1", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from member where left_on is null", Long.class));
        // The loader turned the roll-up triggers off for the rows and recounted the roll-ups once
        // (the check above, member_year_rating included); the triggers are on again.
        assertThat(jdbc.queryForList("select tgname from pg_trigger where not tgisinternal and tgenabled = 'D'",
                String.class)).isEmpty();
        // The organization path of every node was written by the database, parents first.
        assertThat(jdbc.queryForObject("select count(*) from organization where path like '/1/%'", Long.class))
                .isEqualTo(16);

        // The loader leaves every table vacuumed, so that index-only scans read (almost) no heap page: one
        // page of a small table may stay out of the map (the tasks' last one, since the fees were added).
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'r' and c.relallvisible < c.relpages * 0.99 - 1""",
                String.class)).isEmpty();

        long members = jdbc.queryForObject("select count(*) from member", Long.class);
        loader.load(ProvinceShape.of(3, 4, 6));
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isEqualTo(members);
    }
}
