package vn.chibo.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.unbescape.html.HtmlEscape;
import vn.chibo.organization.OrganizationService.SubtreeTotals;
import vn.chibo.organization.OrganizationSummary;

/** Everything the dashboard of one node and one month shows. */
public record DashboardPage(OrganizationSummary node, List<OrganizationSummary> ancestors, String workTheme,
                            YearMonth period, YearMonth currentMonth, SubtreeTotals totals, MonthFigures month,
                            List<MonthRow> months, Page<GridRow> grid, List<Map<String, Object>> notFinalized,
                            List<Map<String, Object>> unexcusedFlags, int unexcusedMonths,
                            List<Map<String, Object>> notCompleted, List<Map<String, Object>> overdueTasks,
                            long overdueTotal, boolean attentionByUnit, List<UnitAttention> units) {

    /** One month of the charts and of the pilot comparison: all branches, pilot ones, the others. */
    public record MonthRow(YearMonth period, MonthFigures all, MonthFigures pilot, MonthFigures other) {
    }

    /** One row of the compliance grid, its cells oldest month first. */
    public record GridRow(long id, String name, boolean branch, List<ShownCell> cells) {

        /**
         * The row's cells as markup, written here rather than element by element in the template
         * (a page of the grid is 360 cells with four expressions each). Every value is escaped; none
         * is typed by a user (classes, links built from ids and months, message texts, counts).
         */
        public String cellsMarkup() {
            StringBuilder html = new StringBuilder(cells.size() * 96);
            for (ShownCell cell : cells) {
                html.append("<td class=\"").append(escape(cell.css())).append("\"><a href=\"").append(escape(cell.href()))
                        .append('"');
                if (cell.title() != null) {
                    html.append(" title=\"").append(escape(cell.title())).append('"');
                }
                html.append('>').append(escape(cell.label())).append("</a></td>");
            }
            return html.toString();
        }
    }

    /**
     * A grid cell as drawn: its figures, and its CSS class, link, title and label worked out once
     * in Java, and written by {@link GridRow#cellsMarkup()}. The link is relative
     * to the dashboard's own address ({@code /dashboard}), so it holds
     * under any context path and is written as it is, without the link builder (a grid has 360 links).
     */
    public record ShownCell(GridCell figures, String css, String href, String title, String label) {
    }

    /** Units with something that needs attention, the most first (for nodes too large to list names). */
    public List<UnitAttention> unitsNeedingAttention() {
        return units.stream().filter(unit -> unit.total() > 0)
                .sorted(java.util.Comparator.comparingLong(UnitAttention::total).reversed()).toList();
    }

    /**
     * The rows of {@link #unitsNeedingAttention()} as markup, written here rather than element by
     * element in the template (a province has 150 units with five values each). The unit's name is
     * escaped; the rest are its id, the month and counts. Links are relative to {@code /dashboard},
     * like the grid's.
     */
    public String unitRowsMarkup() {
        StringBuilder html = new StringBuilder(units.size() * 200);
        for (UnitAttention unit : unitsNeedingAttention()) {
            html.append("<tr><th scope=\"row\"><a href=\"dashboard?org=").append(unit.id()).append("&amp;period=")
                    .append(period).append("\">").append(escape(unit.name())).append("</a></th>");
            for (long count : new long[] {unit.notFinalized(), unit.notCompleted(), unit.flagged(), unit.overdue()}) {
                html.append("<td class=\"text-end\">").append(count).append("</td>");
            }
            html.append("</tr>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }

    public long flaggedTotal() {
        return units.stream().mapToLong(UnitAttention::flagged).sum();
    }

    public boolean hasPilot() {
        return totals.pilotBranches() > 0 && totals.pilotBranches() < totals.branches();
    }
}
