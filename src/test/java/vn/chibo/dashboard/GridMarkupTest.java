package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.dashboard.DashboardPage.GridRow;
import vn.chibo.dashboard.DashboardPage.ShownCell;

/** The grid's cells are written as markup in Java: every value escaped, a title only where there is one. */
class GridMarkupTest {

    @Test
    void cellsAreWrittenEscapedWithTheirLinkTitleAndLabel() {
        YearMonth month = YearMonth.of(2026, 10);
        GridCell figures = new GridCell(7, "Chi bộ \"A\" & <B>", true, month, 1, 1, 0, 0);
        GridRow row = new GridRow(7, "Chi bộ \"A\" & <B>", true, List.of(
                new ShownCell(figures, "grid-cell finalized", "branches/7/meetings/2026-10", "Đã khóa \"biên bản\"", "✓"),
                new ShownCell(figures, "grid-cell late", "dashboard?org=7&period=2026-10", null, "3/4")));
        assertThat(row.cellsMarkup()).isEqualTo(
                "<td class=\"grid-cell finalized\"><a href=\"branches/7/meetings/2026-10\" title=\"Đã khóa &quot;biên bản&quot;\">✓</a></td>"
                        + "<td class=\"grid-cell late\"><a href=\"dashboard?org=7&amp;period=2026-10\">3/4</a></td>");
    }
}
