package vn.chibo.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.YearMonth;
import org.postgresql.copy.CopyManager;

/** Rows for one table, written in PostgreSQL's COPY text format and sent in one go. */
final class CopyTable {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int count;
    private int pending;

    CopyTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
        pending++;
    }

    /** Rows generated so far, written or not. */
    int count() {
        return count;
    }

    /** Forgets the rows already written (the count keeps growing). */
    void clear() {
        rows.setLength(0);
        pending = 0;
    }

    String table() {
        return table;
    }

    long copyInto(CopyManager copy) throws SQLException, IOException {
        if (pending == 0) {
            return 0;
        }
        return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean bool) {
            rows.append(bool ? 't' : 'f');
        } else if (value instanceof YearMonth period) {
            rows.append(period.atDay(1));
        } else if (value instanceof Enum<?> constant) {
            rows.append(constant.name());
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        }
    }
}
