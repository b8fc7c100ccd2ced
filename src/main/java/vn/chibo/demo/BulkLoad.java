package vn.chibo.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a bulk load into empty tables cheap: their foreign keys and secondary indexes are
 * dropped before the rows arrive and rebuilt once afterwards, in the load's own transaction.
 * PostgreSQL then checks each foreign key with one join and builds each index with one sort,
 * instead of a lookup and an index insertion per row; on the province that is most of the load.
 * Their triggers are off meanwhile, and the roll-ups they keep are recounted once at the end
 * ({@code rebuild_rollups()}, V2__derived_data.sql) before the foreign keys come back: a trigger added to one of
 * these tables must keep a roll-up that function recounts ({@code ProvinceGeneratorTest} compares
 * every roll-up with a recount of the rows). Definitions are read from
 * the catalog, so the schema stays the one place they are written; primary keys and unique
 * constraints stay. If the load fails, the rollback restores everything.
 */
final class BulkLoad {

    private final Connection connection;
    private final List<String> tables;
    private final List<String> indexes;
    private final List<String> foreignKeys;

    private BulkLoad(Connection connection, List<String> tables, List<String> indexes, List<String> foreignKeys) {
        this.connection = connection;
        this.tables = tables;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    /**
     * Drops the foreign keys and the indexes not behind a constraint of these tables and turns their
     * triggers off; {@link #restore} brings them back.
     */
    static BulkLoad prepare(Connection connection, List<String> tables) throws SQLException {
        Array names = connection.createArrayOf("text", tables.toArray());
        List<String> dropIndexes = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
                  from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
                 where i.indrelid::regclass::text = any(?)
                   and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                 order by 1""")) {
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dropIndexes.add("drop index " + rows.getString(1));
                    indexes.add(rows.getString(2));
                }
            }
        }
        List<String> dropKeys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
                  from pg_constraint where contype = 'f' and conrelid::regclass::text = any(?) order by 1, 2""")) {
            query.setArray(1, names);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String name = rows.getString(2);
                    dropKeys.add("alter table " + table + " drop constraint " + name);
                    foreignKeys.add("alter table " + table + " add constraint " + name + " " + rows.getString(3));
                }
            }
        }
        execute(connection, dropKeys);
        execute(connection, dropIndexes);
        execute(connection, tables.stream().map(table -> "alter table " + table + " disable trigger user").toList());
        return new BulkLoad(connection, tables, indexes, foreignKeys);
    }

    /**
     * Builds the indexes again, turns the triggers back on and recounts their roll-ups, then adds
     * and checks the foreign keys.
     */
    void restore() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local maintenance_work_mem = '256MB'");
        }
        execute(connection, indexes);
        execute(connection, tables.stream().map(table -> "alter table " + table + " enable trigger user").toList());
        // Members arrive as rows: their history begins from them (V5), then everything is recounted.
        execute(connection, List.of("select member_history_begin()", "select rebuild_rollups()"));
        // The deferred triggers the recount queued (quota_clock) fire now: a table with trigger
        // events pending cannot be altered.
        execute(connection, List.of("set constraints all immediate"));
        execute(connection, foreignKeys);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
