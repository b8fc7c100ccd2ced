package vn.chibo.dashboard;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import vn.chibo.dashboard.Attention.BranchNotFinalized;
import vn.chibo.dashboard.Attention.FlaggedMember;
import vn.chibo.dashboard.Attention.MemberNotCompleted;
import vn.chibo.dashboard.Attention.OverdueTask;
import vn.chibo.help.HelpPlan;
import vn.chibo.pilot.PilotPlanService;
import vn.chibo.organization.OrganizationService.SubtreeTotals;
import vn.chibo.organization.OrganizationSummary;

/** Everything the dashboard of one node and one month shows. */
public record DashboardPage(OrganizationSummary node, List<OrganizationSummary> ancestors, String workTheme,
                            YearMonth period, YearMonth currentMonth, SubtreeTotals totals, MonthFigures month,
                            List<MonthRow> months, Page<GridRow> grid, List<BranchNotFinalized> notFinalized,
                            List<FlaggedMember> unexcusedFlags, int unexcusedMonths,
                            List<FlaggedMember> unpaidFeeFlags, int unpaidFeeMonths,
                            List<MemberNotCompleted> notCompleted, List<OverdueTask> overdueTasks,
                            long overdueTotal, boolean attentionByUnit, List<UnitAttention> units,
                            List<HelpPlan> helped, long helpedTotal, PilotPlanService.PilotOverview pilotPlans) {

    /** One month of the charts and of the pilot comparison: all branches, pilot ones, the others. */
    public record MonthRow(YearMonth period, MonthFigures all, MonthFigures pilot, MonthFigures other) {
    }

    /** One row of the compliance grid, its cells oldest month first. */
    public record GridRow(long id, String name, boolean branch, List<ShownCell> cells) {
    }

    /**
     * A grid cell as drawn: its figures, and its CSS class, link, title and label worked out once in
     * Java. The link is relative to the dashboard's own address ({@code /dashboard}), so it holds
     * under any context path.
     */
    public record ShownCell(GridCell figures, String css, String href, String title, String label) {
    }

    /** Units with something that needs attention, the most first (for nodes too large to list names). */
    public List<UnitAttention> unitsNeedingAttention() {
        return units.stream().filter(unit -> unit.total() > 0)
                .sorted(Comparator.comparingLong(UnitAttention::total).reversed()).toList();
    }


    public long flaggedTotal() {
        return units.stream().mapToLong(UnitAttention::flagged).sum();
    }

    public long unpaidFeesTotal() {
        return units.stream().mapToLong(UnitAttention::unpaidFees).sum();
    }

    /** Pilot branches and others under the node: the comparison and the pilot plans ({@code pilotPlans}) are shown. */
    public boolean hasPilot() {
        return pilotPlans != null;
    }
}
