package vn.chibo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dashboard.DashboardPage.GridRow;
import vn.chibo.dashboard.DashboardPage.MonthRow;
import vn.chibo.dashboard.DashboardQueries.PilotMonth;
import vn.chibo.meeting.MeetingRulesProperties;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;

/**
 * District dashboards: for a node and everything under it, and a month, which branches met,
 * how well, who attended, how members are rated, and how the pilot compares with the rest.
 * Staff see their subtree; a secretary sees their own branch; members are refused.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int MONTHS = 12;
    static final int LIST_LIMIT = 20;

    private final DashboardQueries queries;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final MeetingRulesProperties rules;
    private final Clock clock;

    DashboardService(DashboardQueries queries, OrganizationService organizations, AccessPolicy access,
                     MeetingRulesProperties rules, Clock clock) {
        this.queries = queries;
        this.organizations = organizations;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    /** The node asked for, or the user's own organization; 403 outside the user's scope. */
    public OrganizationSummary node(Long orgId) {
        return organizations.getVisibleOrOwn(orgId);
    }

    /** The month asked for, or the last complete month; a month to come is the current one. */
    public YearMonth period(YearMonth asked) {
        YearMonth now = YearMonth.now(clock);
        if (asked == null) {
            return now.minusMonths(1);
        }
        return asked.isAfter(now) ? now : asked;
    }

    /** The year asked for, or the year of the last complete month; a year to come is the current one. */
    public int year(Integer asked) {
        int last = period(null).getYear();
        if (asked == null) {
            return last;
        }
        return Math.min(asked, YearMonth.now(clock).getYear());
    }

    public DashboardPage dashboard(Long orgId, YearMonth asked) {
        OrganizationSummary node = node(orgId);
        YearMonth period = period(asked);
        YearMonth from = period.minusMonths(MONTHS - 1L);
        List<MonthRow> months = months(queries.series(node, from, period));
        MonthFigures month = months.get(months.size() - 1).all();
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> overdue = queries.overdueTasks(node.path(), today, LIST_LIMIT);
        long overdueTotal = overdue.isEmpty() ? 0 : queries.countOverdueTasks(node.id(), today);
        return new DashboardPage(node, organizations.visibleAncestors(node),
                organizations.workTheme(node.id(), period.getYear()).orElse(null), period, YearMonth.now(clock),
                organizations.totals(node), month, months, grid(node, from, period),
                queries.notFinalized(node.path(), period, LIST_LIMIT),
                queries.unexcusedFlags(node.path(), period, rules.unexcusedMonthsFlag(), LIST_LIMIT),
                rules.unexcusedMonthsFlag(), queries.notCompleted(node.path(), period, LIST_LIMIT), overdue,
                overdueTotal);
    }

    private static List<MonthRow> months(List<PilotMonth> series) {
        Map<YearMonth, MonthFigures[]> byMonth = new TreeMap<>();
        for (PilotMonth row : series) {
            MonthFigures[] pair = byMonth.computeIfAbsent(row.period(),
                    p -> new MonthFigures[] {MonthFigures.NONE, MonthFigures.NONE});
            pair[row.pilot() ? 0 : 1] = pair[row.pilot() ? 0 : 1].plus(row.figures());
        }
        List<MonthRow> rows = new ArrayList<>();
        byMonth.forEach((period, pair) -> rows.add(new MonthRow(period, pair[0].plus(pair[1]), pair[0], pair[1])));
        return rows;
    }

    private List<GridRow> grid(OrganizationSummary node, YearMonth from, YearMonth to) {
        Map<Long, GridRow> rows = new LinkedHashMap<>();
        for (GridCell cell : queries.grid(node.id(), node.isBranch(), from, to)) {
            rows.computeIfAbsent(cell.rowId(), id -> new GridRow(id, cell.rowName(), cell.branch(), new ArrayList<>()))
                    .cells().add(cell);
        }
        return List.copyOf(rows.values());
    }
}
