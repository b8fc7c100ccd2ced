package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.dashboard.DashboardPage.GridRow;
import vn.chibo.dashboard.DashboardPage.ShownCell;

/**
 * The grid's cells and the units needing attention are written as markup in Java: every value
 * escaped, a title only where there is one.
 */
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

    @Test
    void unitsAreWrittenMostFirstEscapedAndLinkedToTheirDashboardOfTheMonth() {
        List<UnitAttention> units = List.of(new UnitAttention(3, "Đảng ủy xã \"A\" & <B>", false, 1, 0, 0, 0),
                new UnitAttention(4, "Đảng ủy xã C", false, 0, 0, 0, 0),
                new UnitAttention(5, "Chi bộ D", true, 2, 3, 4, 5));
        DashboardPage page = new DashboardPage(null, List.of(), null, YearMonth.of(2026, 10), null, null, null,
                List.of(), null, List.of(), List.of(), 3, List.of(), List.of(), 5, true, units);
        assertThat(page.unitRowsMarkup()).isEqualTo(
                "<tr><th scope=\"row\"><a href=\"dashboard?org=5&amp;period=2026-10\">Chi bộ D</a></th>"
                        + "<td class=\"text-end\">2</td><td class=\"text-end\">3</td><td class=\"text-end\">4</td>"
                        + "<td class=\"text-end\">5</td></tr>"
                        + "<tr><th scope=\"row\"><a href=\"dashboard?org=3&amp;period=2026-10\">"
                        + "Đảng ủy xã &quot;A&quot; &amp; &lt;B&gt;</a></th>"
                        + "<td class=\"text-end\">1</td><td class=\"text-end\">0</td><td class=\"text-end\">0</td>"
                        + "<td class=\"text-end\">0</td></tr>");
    }
}
