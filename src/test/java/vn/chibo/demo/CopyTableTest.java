package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The loader's rows, in PostgreSQL's COPY text format and UTF-8, taken a batch at a time. */
class CopyTableTest {

    @Test
    void writesEachValueEscapedForCopyInUtf8() {
        CopyTable table = new CopyTable("member", "a, b, c, d, e, f");
        table.row(42L, "Nguyễn Thị Ánh\tĐức", null, true, YearMonth.of(2026, 10), "a\\b\nc\r😀");
        table.row(RollColour.GREEN, false, "", 7, "ử", "end");

        CopyTable.Rows rows = table.take();

        assertThat(rows.copy()).isEqualTo("COPY member (a, b, c, d, e, f) FROM STDIN");
        assertThat(text(rows)).isEqualTo(
                "42\tNguyễn Thị Ánh\\tĐức\t\\N\tt\t2026-10-01\ta\\\\b\\nc\\r😀\n"
                        + "GREEN\tf\t\t7\tử\tend\n");
    }

    @Test
    void aTakenBatchKeepsItsRowsWhileTheNextIsWrittenAndIsTakenOnlyOnce() {
        CopyTable table = new CopyTable("task", "title");
        String longTitle = "Vận động nhân dân ".repeat(10_000);
        table.row(longTitle);
        CopyTable.Rows first = table.take();

        table.row("sau");
        CopyTable.Rows second = table.take();

        assertThat(text(first)).isEqualTo(longTitle + "\n");
        assertThat(text(second)).isEqualTo("sau\n");
        assertThat(table.take()).isNull();
        assertThat(table.count()).isEqualTo(2);
    }

    private static String text(CopyTable.Rows rows) {
        return new String(rows.text(), 0, rows.length(), StandardCharsets.UTF_8);
    }

    private enum RollColour { GREEN }
}
