package vn.chibo.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.MemberRow;
import vn.chibo.member.MemberService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.organization.PilotInfo;
import vn.chibo.security.AccessPolicy;

/** The branch page: who is in it, whether it is in the pilot, and how its last months went. */
@Service
@Transactional(readOnly = true)
public class BranchService {

    static final int MONTHS_SHOWN = 12;
    static final int MIN_FULL_MEMBERS = 3;

    private final OrganizationService organizations;
    private final MemberService members;
    private final MeetingRepository meetings;
    private final MeetingReads reads;
    private final AccessPolicy access;
    private final Clock clock;

    BranchService(OrganizationService organizations, MemberService members, MeetingRepository meetings,
                  MeetingReads reads, AccessPolicy access, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.meetings = meetings;
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    public BranchPage page(long branchId, Pageable pageable) {
        Trail trail = organizations.visibleBranchTrail(branchId);
        OrganizationSummary branch = trail.node();
        Page<MemberRow> roster = members.roster(branch, pageable);
        long fullMembers = members.countFullMembers(branchId);
        return new BranchPage(branch, organizations.visible(trail.ancestors()),
                organizations.pilotOf(branchId).orElse(null), roster, fullMembers,
                fullMembers < MIN_FULL_MEMBERS, lastMonths(branchId), access.canEditBranch(branch.path()));
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
    List<MonthCell> lastMonths(long branchId) {
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

    public record BranchPage(OrganizationSummary branch, List<OrganizationSummary> ancestors, PilotInfo pilot,
                             Page<MemberRow> members, long fullMembers, boolean tooFewFullMembers,
                             List<MonthCell> months, boolean editable) {

        /** This month, the last of the cells. */
        public MonthCell thisMonth() {
            return months.get(months.size() - 1);
        }
    }
}
