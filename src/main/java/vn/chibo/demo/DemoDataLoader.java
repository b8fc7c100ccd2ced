package vn.chibo.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.chibo.demo.DemoGenerator.OrgRow;
import vn.chibo.shared.DemoMode;
import vn.chibo.shared.VietnameseNames;

/**
 * Loads the demo district into an empty database, once, after Flyway and before the web server
 * answers. Everything goes in one transaction with COPY: either the whole district is there or
 * nothing is. The demo password is hashed once and shared by every demo account.
 */
@Component
@DependsOnDatabaseInitialization
class DemoDataLoader implements InitializingBean {

    static final String DEMO_PASSWORD = "chibo-demo";
    /** History is generated and written this many branches at a time. */
    static final int BRANCHES_PER_BATCH = 25;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode mode;
    private final String generate;
    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(DemoMode mode, DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock,
                   @Value("${chibo.generate:}") String generate) {
        this.mode = mode;
        this.generate = generate.strip();
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        DemoGenerator.Shape shape;
        if ("province".equals(generate)) {
            shape = ProvinceShape.province();
        } else if (!generate.isEmpty()) {
            throw new IllegalArgumentException("chibo.generate knows only 'province', not '" + generate + "'");
        } else if (mode.enabled()) {
            shape = DemoGenerator.Shape.district();
        } else {
            return;
        }
        load(shape);
    }

    /** Loads the shape into an empty database, in one transaction; does nothing if there is data already. */
    void load(DemoGenerator.Shape shape) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (load(connection, shape)) {
                    connection.commit();
                    log.info("Data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                    analyze(connection);
                } else {
                    connection.rollback();
                }
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean load(Connection connection, DemoGenerator.Shape shape) throws Exception {
        try (Statement statement = connection.createStatement()) {
            // Two instances starting on one empty database: the second waits, then finds data.
            statement.execute("lock table organization in exclusive mode");
            try (ResultSet rs = statement.executeQuery(
                    "select exists(select 1 from organization) or exists(select 1 from account)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        DemoGenerator demo = new DemoGenerator(YearMonth.now(clock), passwordEncoder.encode(DEMO_PASSWORD), shape);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // The derived tables are written by rebuild_rollups() after the rows: member_year_rating's foreign key waits too.
        BulkLoad bulk = BulkLoad.prepare(connection, Stream.concat(demo.tables.inOrder().stream().map(CopyTable::table),
                Stream.of("member_year_rating")).toList());
        Pipeline.<Batch>run("demo-generator", out -> demo.generate((organizations, tables) ->
                out.accept(Batch.take(organizations, tables)), BRANCHES_PER_BATCH), batch -> {
            insertOrganizations(connection, batch.organizations());
            for (CopyTable.Rows rows : batch.tables()) {
                rows.copyInto(copy);
            }
        });
        long restoring = System.nanoTime();
        bulk.restore();
        log.info("Indexes, roll-ups and foreign keys rebuilt in {} ms", (System.nanoTime() - restoring) / 1_000_000);
        try (Statement statement = connection.createStatement()) {
            for (String table : DemoTables.IDENTITY_TABLES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
            }
        }
        log.info("{}: {} organizations, {} members, {} meetings, {} tasks, {} monthly ratings",
                shape.rootName(), demo.organizations.size(), demo.tables.members.count(), demo.tables.meetings.count(),
                demo.tables.tasks.count(), demo.tables.ratings.count());
        return true;
    }

    /**
     * After a bulk load the planner has no statistics and the visibility map is empty, so index-only
     * scans still visit every row: on the province data the dashboard's overdue-task count took
     * 1.7 s before and 77 ms after. VACUUM cannot run in a transaction, hence after the commit.
     * It runs with synchronous commit: where the server commits asynchronously (the tests'
     * embedded one does), VACUUM left tables out of the visibility map at random, the members' and
     * the month summaries' among them (the province's branch table then read 1,500 heap pages a
     * request), and only a later pass, once the log had reached the disk, completed them.
     */
    private static void analyze(Connection connection) throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = on");
            statement.execute("vacuum analyze");
            statement.execute("reset synchronous_commit");
        }
        log.info("Statistics gathered in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** One batch of the generator's rows, taken from its tables so that it can make the next meanwhile. */
    private record Batch(List<OrgRow> organizations, List<CopyTable.Rows> tables) {

        static Batch take(List<OrgRow> organizations, DemoTables tables) {
            return new Batch(List.copyOf(organizations),
                    tables.inOrder().stream().map(CopyTable::take).filter(Objects::nonNull).toList());
        }
    }

    /** Parents before children, one row at a time, so the path trigger finds each parent's path. */
    private static void insertOrganizations(Connection connection, List<OrgRow> organizations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into organization (id, parent_id, kind, branch_kind, name, sort_key, code, place) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (OrgRow row : organizations) {
                insert.setLong(1, row.id());
                if (row.parentId() == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, row.parentId());
                }
                insert.setString(3, row.kind());
                insert.setString(4, row.branchKind());
                insert.setString(5, row.name());
                insert.setString(6, VietnameseNames.collationKey(row.name()));
                insert.setString(7, row.code());
                insert.setString(8, row.place());
                insert.executeUpdate();
            }
        }
    }
}
