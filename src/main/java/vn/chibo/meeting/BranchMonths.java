package vn.chibo.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;

/** A branch's meetings month by month: the months list, and what heads a branch's month page. */
@Service
@Transactional(readOnly = true)
public class BranchMonths {

    static final int MONTHS_SHOWN = 12;

    private final OrganizationService organizations;
    private final MeetingRepository meetings;
    private final MeetingReads reads;
    private final AccessPolicy access;
    private final Clock clock;

    BranchMonths(OrganizationService organizations, MeetingRepository meetings, MeetingReads reads,
                 AccessPolicy access, Clock clock) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    /** What heads a branch's month page: the branch, the way back up, and whether the user records it. */
    public record Heading(OrganizationSummary branch, List<OrganizationSummary> trail, boolean editable) {
    }

    public Heading heading(long branchId) {
        Trail found = organizations.visibleBranchTrail(branchId);
        OrganizationSummary branch = found.node();
        List<OrganizationSummary> trail = new ArrayList<>(organizations.visible(found.ancestors()));
        trail.add(branch);
        return new Heading(branch, trail, access.canEditBranch(branch.path()));
    }

    /** The branch's months, newest first, twelve to a page, back to its first meeting. */
    public MonthList months(long branchId, int page) {
        Heading heading = heading(branchId);
        OrganizationSummary branch = heading.branch();
        YearMonth now = YearMonth.now(clock);
        YearMonth first = meetings.firstPeriod(branchId).orElse(now);
        int monthsKept = (int) first.until(now, ChronoUnit.MONTHS) + 1;
        int totalPages = Math.max(1, (monthsKept + MONTHS_SHOWN - 1) / MONTHS_SHOWN);
        int current = Math.min(Math.max(page, 0), totalPages - 1);
        YearMonth to = now.minusMonths((long) current * MONTHS_SHOWN);
        List<MonthCell> cells = new ArrayList<>(months(branchId, to.minusMonths(MONTHS_SHOWN - 1L), to));
        Collections.reverse(cells);
        return new MonthList(branch, heading.trail(), cells, current, totalPages, heading.editable());
    }

    /** The last twelve months, this month last. */
    public List<MonthCell> lastMonths(long branchId) {
        YearMonth to = YearMonth.now(clock);
        return months(branchId, to.minusMonths(MONTHS_SHOWN - 1L), to);
    }

    private List<MonthCell> months(long branchId, YearMonth from, YearMonth to) {
        Map<YearMonth, List<MeetingOverview>> byMonth = reads.overview(branchId, from, to).stream()
                .collect(Collectors.groupingBy(MeetingOverview::period));
        List<MonthCell> cells = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            List<MeetingOverview> ofMonth = byMonth.getOrDefault(month, List.of());
            MeetingOverview regular = ofMonth.stream().filter(MeetingOverview::isRegular).findFirst().orElse(null);
            List<MeetingOverview> others = ofMonth.stream().filter(meeting -> !meeting.isRegular()).toList();
            cells.add(new MonthCell(month, regular, others, month.equals(YearMonth.now(clock))));
        }
        return cells;
    }
}
