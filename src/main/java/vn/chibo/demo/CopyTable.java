package vn.chibo.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, written in PostgreSQL's COPY text format, encoded in UTF-8 as they are
 * written (the driver's client encoding), and taken away a batch at a time to be sent.
 */
final class CopyTable {

    private static final int INITIAL_CAPACITY = 1 << 16;

    private final String table;
    private final String columns;
    private byte[] rows = new byte[INITIAL_CAPACITY];
    private int length;
    private int count;
    private int pending;

    CopyTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put('\t');
            }
            append(values[i]);
        }
        put('\n');
        count++;
        pending++;
    }

    /** Rows generated so far, written or not. */
    int count() {
        return count;
    }

    /** Forgets the rows not taken (the count keeps growing). */
    void clear() {
        length = 0;
        pending = 0;
    }

    String table() {
        return table;
    }

    /**
     * The rows not taken yet, ready to send (null when there are none). They leave with their
     * buffer, so nothing is copied; the next rows start a new one of about the same size.
     */
    Rows take() {
        if (pending == 0) {
            return null;
        }
        Rows taken = new Rows("COPY " + table + " (" + columns + ") FROM STDIN", rows, length);
        rows = new byte[Math.max(INITIAL_CAPACITY, length + (length >> 3))];
        clear();
        return taken;
    }

    /** A COPY statement and its rows in the text format, UTF-8: the first {@code length} bytes of {@code text}. */
    record Rows(String copy, byte[] text, int length) {

        long copyInto(CopyManager copyManager) throws SQLException, IOException {
            return copyManager.copyIn(copy, new ByteArrayInputStream(text, 0, length));
        }
    }

    private void append(Object value) {
        if (value == null) {
            put('\\');
            put('N');
        } else if (value instanceof Boolean bool) {
            put(bool ? 't' : 'f');
        } else if (value instanceof YearMonth period) {
            appendText(period.atDay(1).toString());
        } else if (value instanceof Enum<?> constant) {
            appendText(constant.name());
        } else {
            appendText(value.toString());
        }
    }

    /** The text escaped for COPY and encoded in UTF-8. */
    private void appendText(String text) {
        ensure(text.length() * 3 + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> {
                    put('\\');
                    put('\\');
                }
                case '\t' -> {
                    put('\\');
                    put('t');
                }
                case '\n' -> {
                    put('\\');
                    put('n');
                }
                case '\r' -> {
                    put('\\');
                    put('r');
                }
                default -> {
                    if (c < 0x80) {
                        rows[length++] = (byte) c;
                    } else if (c < 0x800) {
                        rows[length++] = (byte) (0xC0 | c >> 6);
                        rows[length++] = (byte) (0x80 | c & 0x3F);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int point = Character.toCodePoint(c, text.charAt(++i));
                        rows[length++] = (byte) (0xF0 | point >> 18);
                        rows[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                        rows[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                        rows[length++] = (byte) (0x80 | point & 0x3F);
                    } else if (Character.isSurrogate(c)) {
                        rows[length++] = '?';
                    } else {
                        rows[length++] = (byte) (0xE0 | c >> 12);
                        rows[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                        rows[length++] = (byte) (0x80 | c & 0x3F);
                    }
                }
            }
        }
    }

    /** One ASCII character. */
    private void put(char c) {
        ensure(1);
        rows[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, length + more));
        }
    }
}
