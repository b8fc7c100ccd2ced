package vn.chibo.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.annual.AnnualReport.MemberYear;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.commitment.Commitment;
import vn.chibo.commitment.CommitmentService;
import vn.chibo.member.MemberCommendations;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.rating.RatingLevel;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;

/**
 * The branch's year-end review ({@code /branches/{id}/year-end}): at the December (or a later
 * year-end) meeting the secretary proposes each member's level from their months (another level
 * than the rule's needs a reason) and answers, for each of the member's commitments, whether it
 * was kept. The committee above then decides ({@link AnnualService#decide}); once it has, the
 * branch's proposal for that member is closed. Staff over the branch read the page.
 */
@Service
@Transactional(readOnly = true)
public class BranchYearEndService {

    private final AnnualService annual;
    private final AnnualClassificationRepository decisions;
    private final OrganizationService organizations;
    private final CommitmentService commitments;
    private final MemberCommendations commendations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    BranchYearEndService(AnnualService annual, AnnualClassificationRepository decisions,
                         OrganizationService organizations, CommitmentService commitments,
                         MemberCommendations commendations, AccessPolicy access, AuditService audit, Clock clock) {
        this.annual = annual;
        this.decisions = decisions;
        this.organizations = organizations;
        this.commitments = commitments;
        this.commendations = commendations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The review of a branch's year: every member's months, commitments, commendations and proposal. */
    public record YearEnd(Trail trail, List<OrganizationSummary> crumbs, int year, boolean open, boolean editable, List<MemberYear> members,
                          Map<Long, List<Commitment>> commitments,
                          Map<Long, List<MemberCommendations.Item>> commendations, int thisYear) {

        public OrganizationSummary branch() {
            return trail.node();
        }

        public List<Commitment> commitmentsOf(MemberYear member) {
            return commitments.getOrDefault(member.id(), List.of());
        }

        public List<MemberCommendations.Item> commendationsOf(MemberYear member) {
            return commendations.getOrDefault(member.id(), List.of());
        }

        /** The secretary may still propose for this member: months to propose from, no decision yet. */
        public boolean proposable(MemberYear member) {
            return editable && member.proposed() != null && member.decided() == null;
        }

        public List<RatingLevel> levels() {
            return List.of(RatingLevel.values());
        }
    }

    public YearEnd page(long branchId, Integer askedYear) {
        Trail trail = organizations.visibleBranchTrail(branchId);
        int thisYear = Year.now(clock).getValue();
        int year = askedYear == null && !open(thisYear) ? thisYear - 1 : annual.year(askedYear);
        List<MemberYear> rows = annual.memberYears(trail.node().path(), year);
        List<Long> ids = rows.stream().map(MemberYear::id).toList();
        boolean open = open(year);
        List<OrganizationSummary> crumbs = new ArrayList<>(organizations.visible(trail.ancestors()));
        crumbs.add(trail.node());
        return new YearEnd(trail, crumbs, year, open, open && access.canEditBranch(trail.node().path()), rows,
                commitments.ofMembers(ids, year), commendations.of(ids, year), thisYear);
    }

    /** The year's review opens on the 1st of December and stays open for the years before. */
    boolean open(int year) {
        return !LocalDate.now(clock).isBefore(LocalDate.of(year, 12, 1));
    }

    /** Before reading what was typed: only the branch's secretary proposes (403). */
    public void requireSecretary(long branchId) {
        access.requireEditBranch(organizations.getVisibleBranch(branchId).path());
    }

    /**
     * Records the branch's proposal for one member and whether each commitment was kept, all or
     * nothing; refuses (problems on {@code level}, {@code reason}, {@code kept}) what the rules do not allow.
     */
    @Transactional
    public void propose(long branchId, long memberId, int year, RatingLevel level, String reason,
                        Map<Long, Boolean> kept) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        access.requireEditBranch(branch.path());
        if (year > Year.now(clock).getValue() || !open(year)) {
            throw new InvalidInputException(null, "yearEnd.error.notYet", year);
        }
        MemberYear row = annual.memberYears(branch.path(), year).stream().filter(r -> r.id() == memberId).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "annual.error.notInYear"));
        if (row.decided() != null) {
            throw new InvalidInputException(null, "yearEnd.error.decided");
        }
        if (row.proposed() == null) {
            throw new InvalidInputException(null, "yearEnd.error.noMonths");
        }
        if (level == null) {
            throw new InvalidInputException("level", "annual.error.level");
        }
        if (level != row.proposed() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "yearEnd.error.reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidInputException("reason", "annual.error.reasonLength");
        }
        commitments.review(memberId, year, kept);
        AnnualClassification proposal = decisions.findByMemberIdAndYear(memberId, year)
                .orElseGet(() -> decisions.save(new AnnualClassification(memberId, year)));
        RatingLevel previous = proposal.proposeAtBranch(level, reason, access.currentUser().getUsername(),
                clock.instant());
        List<Commitment> answered = commitments.of(memberId, year);
        audit.record(AuditSubject.of("annual_classification", proposal.getId()).organization(branchId).member(memberId),
                "BRANCH_PROPOSE", "member " + memberId + " " + year + ": rule " + row.proposed() + ", " + previous
                        + " -> " + level + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")
                        + ", commitments kept " + answered.stream().filter(c -> Boolean.TRUE.equals(c.kept())).count()
                        + "/" + answered.size());
    }
}
