package vn.chibo.annual;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.annual.AnnualReport.BranchYear;
import vn.chibo.annual.AnnualReport.MemberYear;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberCommendations;
import vn.chibo.member.MemberProfile;
import vn.chibo.member.MemberService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.rating.RatingLevel;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.ChiboUser;
import vn.chibo.security.Role;
import vn.chibo.shared.InvalidInputException;

/**
 * The year-end classification: proposed for each member from their twelve months by a
 * configurable rule, decided by committee staff (a change from the proposal needs a reason,
 * and every decision is audited), with the EXCELLENT quota checked per grassroots organization
 * as a warning, never a block.
 */
@Service
@Transactional(readOnly = true)
public class AnnualService {

    static final int PAGE_SIZE = 50;

    private final AnnualQueries queries;
    private final QuotaCount quotaCount;
    private final AnnualRule rule;
    private final AnnualClassificationRepository decisions;
    private final OrganizationService organizations;
    private final MemberService members;
    private final MemberCommendations commendations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final BranchYearRule branchRule;
    private final Clock clock;

    AnnualService(AnnualQueries queries, QuotaCount quotaCount, AnnualRule rule, AnnualClassificationRepository decisions,
                  OrganizationService organizations, MemberService members, AccessPolicy access, AuditService audit,
                  BranchYearRule branchRule, Clock clock, MemberCommendations commendations) {
        this.commendations = commendations;
        this.queries = queries;
        this.quotaCount = quotaCount;
        this.rule = rule;
        this.decisions = decisions;
        this.organizations = organizations;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.branchRule = branchRule;
        this.clock = clock;
    }

    public int year(Integer asked) {
        int now = Year.now(clock).getValue();
        return asked == null || asked > now ? now : asked;
    }

    public OrganizationSummary node(Long orgId) {
        return organizations.getVisibleOrOwn(orgId);
    }

    /**
     * One page of members read in full and one page of branches ({@value #PAGE_SIZE} each); the
     * quotas counted over every member of the subtree, and kept for its other pages while nothing
     * they count changes ({@link QuotaCount}).
     */
    public AnnualReport report(Long orgId, Integer askedYear, int page, int branchPage) {
        Trail trail = organizations.visibleTrailOrOwn(orgId);
        OrganizationSummary node = trail.node();
        int year = year(askedYear);
        int number = Math.max(page, 0);
        List<AnnualQueries.Person> people = queries.people(node.path(), year, (long) number * PAGE_SIZE, PAGE_SIZE);
        QuotaCount.Quotas quotas = quotaCount.of(node.path(), year);
        var members = new PageImpl<>(memberYears(node.path(), year, people), PageRequest.of(number, PAGE_SIZE),
                quotas.members());
        return new AnnualReport(node, organizations.visible(trail.ancestors()), year, members,
                quotas.units(), rule.quotaPercent(), branches(node.path(), year, Math.max(branchPage, 0)),
                canDecide(node), access.currentUser().memberId(),
                commendations.of(people.stream().map(AnnualQueries.Person::id).toList(), year), quotas.everyone(),
                quotas.leaders());
    }

    /** Every member of the subtree for the year, in branch then Vietnamese order; for the export. */
    List<MemberYear> memberYears(String path, int year) {
        return memberYears(path, year, queries.people(path, year));
    }

    /** The years of the given people, read for them only (for the whole subtree when it is everyone). */
    private List<MemberYear> memberYears(String path, int year, List<AnnualQueries.Person> people) {
        List<Long> ids = people.size() <= PAGE_SIZE ? people.stream().map(AnnualQueries.Person::id).toList() : null;
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RatingLevel[]> months = queries.months(path, year, ids);
        Set<Long> disciplined = queries.disciplined(path, year, ids);
        Map<Long, AnnualQueries.Decision> decided = queries.decisions(path, year, ids);
        List<MemberYear> rows = new ArrayList<>();
        for (AnnualQueries.Person person : people) {
            RatingLevel[] levels = months.getOrDefault(person.id(), new RatingLevel[12]);
            Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
            for (RatingLevel level : levels) {
                if (level != null) {
                    counts.merge(level, 1, Integer::sum);
                }
            }
            boolean wasDisciplined = disciplined.contains(person.id());
            AnnualQueries.Decision decision = decided.get(person.id());
            rows.add(new MemberYear(person.id(), person.fullName(), person.branchName(), person.unitId(),
                    person.unitName(), Arrays.asList(levels),
                    counts.getOrDefault(RatingLevel.EXCELLENT, 0), counts.getOrDefault(RatingLevel.GOOD, 0),
                    counts.getOrDefault(RatingLevel.COMPLETED, 0), counts.getOrDefault(RatingLevel.NOT_COMPLETED, 0),
                    wasDisciplined, rule.propose(counts, wasDisciplined),
                    decision == null ? null : decision.branchLevel(), decision == null ? null : decision.branchReason(),
                    decision == null ? null : decision.level(),
                    decision == null ? null : decision.reason(), decision == null ? null : decision.decidedBy()));
        }
        return rows;
    }

    private Page<BranchYear> branches(String path, int year, int page) {
        List<BranchYear> branches = new ArrayList<>();
        int months = year == Year.now(clock).getValue() ? Math.max(1, YearMonth.now(clock).getMonthValue() - 1) : 12;
        for (AnnualQueries.BranchMonths row : queries.branches(path, year, (long) page * PAGE_SIZE, PAGE_SIZE)) {
            int goodOrBetter = row.rated() == 0 ? 0 : (int) Math.round(100.0 * row.goodOrBetter() / row.rated());
            branches.add(new BranchYear(row.id(), row.name(), row.held(), row.finalized(), row.quality(), goodOrBetter,
                    branchRule.propose(row.held(), months, row.quality(), goodOrBetter)));
        }
        return new PageImpl<>(branches, PageRequest.of(page, PAGE_SIZE), queries.countBranches(path));
    }

    /**
     * Whether the user decides year-end levels for the members under {@code node}: administrators,
     * and committee staff for branches strictly below their own organization (staff of a branch
     * do not decide for it). Nobody decides their own level ({@link #decide}).
     */
    boolean canDecide(OrganizationSummary node) {
        ChiboUser user = access.currentUser();
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.DISTRICT_STAFF) && (!node.isBranch() || access.canSupervise(node.path()));
    }

    /**
     * Staff decide a member's year: the proposal (the branch's, or else the rule's) confirmed, or
     * another level with a reason.
     * Audited with the proposal and the previous decision.
     */
    @Transactional
    public void decide(long memberId, int year, RatingLevel level, String reason) {
        MemberProfile member = members.getVisible(memberId);
        access.requireView(member.branchPath());
        if (!access.canSupervise(member.branchPath())) {
            throw new AccessDeniedException("only authority strictly above the branch decides the year-end classification");
        }
        if (Long.valueOf(memberId).equals(access.currentUser().memberId())) {
            throw new AccessDeniedException("nobody decides their own year-end level");
        }
        if (level == null) {
            throw new InvalidInputException("level", "annual.error.level");
        }
        String path = member.branchPath();
        MemberYear row = memberYears(path, year).stream().filter(r -> r.id() == memberId).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "annual.error.notInYear"));
        if (level != row.basis() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "annual.error.reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidInputException("reason", "annual.error.reasonLength");
        }
        AnnualClassification decision = decisions.findByMemberIdAndYear(memberId, year)
                .orElseGet(() -> decisions.save(new AnnualClassification(memberId, year)));
        RatingLevel previous = decision.decide(row.basis(), level, reason, access.currentUser().getUsername(),
                clock.instant());
        audit.record(AuditSubject.of("annual_classification", decision.getId()).member(memberId), "DECIDE", "member " + memberId + " " + year
                + ": proposed " + row.basis() + ", " + previous + " -> " + level
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"));
    }
}
