package vn.chibo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dashboard.DashboardPage.GridRow;
import vn.chibo.dashboard.DashboardPage.MonthRow;
import vn.chibo.dashboard.DashboardPage.ShownCell;
import vn.chibo.dashboard.DashboardQueries.PilotMonth;
import vn.chibo.fee.FeeRulesProperties;
import vn.chibo.help.HelpService;
import vn.chibo.pilot.PilotPlanService;
import vn.chibo.meeting.MeetingRulesProperties;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationService.SubtreeTotals;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
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
    static final int GRID_ROWS = 30;

    private final DashboardQueries queries;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final MeetingRulesProperties rules;
    private final FeeRulesProperties feeRules;
    private final HelpService help;
    private final PilotPlanService pilotPlans;
    private final DashboardProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    DashboardService(DashboardQueries queries, OrganizationService organizations, AccessPolicy access,
                     MeetingRulesProperties rules, FeeRulesProperties feeRules, DashboardProperties properties,
                     MessageSource messages, Clock clock, HelpService help, PilotPlanService pilotPlans) {
        this.pilotPlans = pilotPlans;
        this.feeRules = feeRules;
        this.help = help;
        this.properties = properties;
        this.messages = messages;
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
        return dashboard(orgId, asked, 0);
    }

    /** The dashboard with one page of the compliance grid ({@value #GRID_ROWS} rows a page). */
    public DashboardPage dashboard(Long orgId, YearMonth asked, int gridPage) {
        Trail trail = organizations.visibleTrailOrOwn(orgId);
        OrganizationSummary node = trail.node();
        YearMonth period = period(asked);
        YearMonth from = period.minusMonths(MONTHS - 1L);
        List<MonthRow> months = months(queries.series(node, from, period));
        MonthFigures month = months.get(months.size() - 1).all();
        LocalDate today = LocalDate.now(clock);
        SubtreeTotals totals = organizations.totals(node);
        int flagMonths = rules.unexcusedMonthsFlag();
        boolean byUnit = !node.isBranch() && totals.branches() > properties.namedListsUpTo();
        int feeMonths = feeRules.unpaidMonthsFlag();
        List<UnitAttention> units = byUnit ? queries.attentionByUnit(node, period, today, flagMonths, feeMonths)
                : List.of();
        List<Attention.OverdueTask> overdue = byUnit ? List.of() : queries.overdueTasks(node.path(), today, LIST_LIMIT);
        long overdueTotal = byUnit ? units.stream().mapToLong(UnitAttention::overdue).sum()
                : overdue.isEmpty() ? 0 : queries.countOverdueTasks(node.id(), today);
        List<OrganizationSummary> ancestors = organizations.visible(trail.ancestors());
        String workTheme = organizations.workTheme(node.id(), period.getYear()).orElse(null);
        Page<GridRow> grid = grid(node, from, period, Math.max(gridPage, 0));
        return new DashboardPage(node, ancestors, workTheme, period, YearMonth.now(clock), totals, month, months, grid,
                byUnit ? List.of() : queries.notFinalized(node.path(), period, LIST_LIMIT),
                byUnit ? List.of() : queries.unexcusedFlags(node.path(), period, flagMonths, LIST_LIMIT),
                flagMonths, byUnit ? List.of() : queries.unpaidFeeFlags(node.path(), period, feeMonths, LIST_LIMIT),
                feeMonths, byUnit ? List.of() : queries.notCompleted(node.path(), period, LIST_LIMIT), overdue,
                overdueTotal, byUnit, units, byUnit ? List.of() : help.openUnder(node.path(), LIST_LIMIT),
                help.countOpenUnder(node.path()),
                hasPilot(totals) ? pilotPlans.overview(node, period.getYear(), LIST_LIMIT) : null);
    }

    /** Pilot branches and others under the node: the page compares them and shows the pilot plans. */
    private static boolean hasPilot(SubtreeTotals totals) {
        return totals.pilotBranches() > 0 && totals.pilotBranches() < totals.branches();
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

    /** Every row with a cell for every month; a month without figures is a cell where nothing was held. */
    private Page<GridRow> grid(OrganizationSummary node, YearMonth from, YearMonth to, int page) {
        // A row's cells by their month's place from the first (a YearMonth is a poor hash key: the
        // months of one year share their low bits, so they all fell into one bucket of a HashMap).
        int span = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        Map<Long, GridCell[]> byRow = new LinkedHashMap<>();
        Map<Long, GridCell> first = new HashMap<>();
        for (GridCell cell : queries.grid(node, from, to, page * GRID_ROWS, GRID_ROWS)) {
            first.putIfAbsent(cell.rowId(), cell);
            GridCell[] cells = byRow.computeIfAbsent(cell.rowId(), id -> new GridCell[span]);
            if (cell.period() != null) {
                cells[(int) from.until(cell.period(), ChronoUnit.MONTHS)] = cell;
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> texts = new HashMap<>();
        Function<String, String> text = key -> texts.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        YearMonth current = YearMonth.now(clock);
        List<GridRow> rows = new ArrayList<>();
        byRow.forEach((id, cells) -> {
            GridCell row = first.get(id);
            List<ShownCell> line = new ArrayList<>();
            YearMonth month = from;
            for (int i = 0; i < span; i++, month = month.plusMonths(1)) {
                GridCell cell = cells[i];
                if (cell == null) {
                    cell = new GridCell(id, row.rowName(), row.branch(), month, row.branches(), 0, 0, 0);
                }
                String state = cell.state();
                String css = "grid-cell " + (month.equals(current) && cell.held() == 0 ? "upcoming" : state);
                line.add(row.branch()
                        ? new ShownCell(cell, css, "branches/" + id + "/meetings/" + month,
                                text.apply("dashboard.cell." + state), text.apply("dashboard.cell.short." + state))
                        : new ShownCell(cell, css, "dashboard?org=" + id + "&period=" + month, null,
                                cell.held() + "/" + cell.branches()));
            }
            rows.add(new GridRow(id, row.rowName(), row.branch(), line));
        });
        return new PageImpl<>(rows, PageRequest.of(page, GRID_ROWS), queries.gridRows(node));
    }
}
