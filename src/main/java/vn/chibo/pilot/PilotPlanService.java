package vn.chibo.pilot;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * The pilot's own plan ({@code /branches/{id}/pilot?year=}): a branch enrolled in the model that
 * year registers solutions under the four areas, each with a target (its secretary, during the
 * year, until the review); the committee above reviews each solution at the year's end (from
 * 1 December) and records whether the branch is recognized as a model branch. Staff over the
 * branch read it; the dashboard shows the pilot branches' plans at a glance ({@link #overview}).
 */
@Service
@Transactional
public class PilotPlanService {

    static final int MAX_SOLUTION = 1000;
    static final int MAX_TARGET = 500;
    static final int MAX_NOTE = 1000;
    static final int MAX_SOLUTIONS = 40;

    /** A branch (b) enrolled in the pilot at some time in the year (:from to :to). */
    private static final String ENROLLED = """
            exists (select 1 from pilot_enrollment p where p.branch_id = b.id and p.enrolled_on <= :to
                       and (p.ended_on is null or p.ended_on >= :from))""";

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    PilotPlanService(JdbcClient jdbc, OrganizationService organizations, AccessPolicy access, AuditService audit,
                     Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's recognition of a branch's year. */
    public record Recognition(boolean recognized, String note, String decidedBy, Instant decidedAt) {
    }

    /** A branch's plan for a year, and what the current user may do with it. */
    public record PilotPlan(Trail trail, List<OrganizationSummary> crumbs, int year, int thisYear, boolean enrolled,
                            List<PilotSolution> solutions, Recognition recognition, boolean editable,
                            boolean reviewable, boolean reviewOpen) {

        public OrganizationSummary branch() {
            return trail.node();
        }

        public List<PilotSolution> in(PilotArea area) {
            return solutions.stream().filter(solution -> solution.area() == area).toList();
        }

        public List<PilotArea> areas() {
            return List.of(PilotArea.values());
        }

        public List<SolutionStatus> statuses() {
            return List.of(SolutionStatus.values());
        }
    }

    @Transactional(readOnly = true)
    public PilotPlan plan(long branchId, Integer askedYear) {
        Trail trail = organizations.visibleBranchTrail(branchId);
        int thisYear = Year.now(clock).getValue();
        int year = askedYear == null || askedYear > thisYear || askedYear < 1990 ? thisYear : askedYear;
        OrganizationSummary branch = trail.node();
        boolean enrolled = enrolled(branchId, year);
        List<PilotSolution> solutions = solutions(branchId, year);
        Recognition recognition = recognition(branchId, year);
        boolean reviewed = recognition != null || solutions.stream().anyMatch(PilotSolution::reviewed);
        boolean editable = enrolled && year == thisYear && !reviewed && access.canEditBranch(branch.path());
        boolean reviewOpen = reviewOpen(year);
        boolean reviewable = enrolled && reviewOpen && !solutions.isEmpty() && access.canSupervise(branch.path());
        List<OrganizationSummary> crumbs = new ArrayList<>(organizations.visible(trail.ancestors()));
        crumbs.add(branch);
        return new PilotPlan(trail, crumbs, year, thisYear, enrolled, solutions, recognition, editable, reviewable,
                reviewOpen);
    }

    /**
     * Every pilot branch under a node, with its plan of the year, {@value #LIST_PAGE} a page: what
     * the dashboard lists the first of.
     */
    public record PilotList(OrganizationSummary node, List<OrganizationSummary> crumbs, int year, int thisYear,
                            PilotOverview overview, Page<PilotPlanSummary> branches) {
    }

    static final int LIST_PAGE = 100;

    @Transactional(readOnly = true)
    public PilotList list(long organizationId, Integer askedYear, int page) {
        Trail trail = organizations.visibleTrail(organizationId);
        int thisYear = Year.now(clock).getValue();
        int year = askedYear == null || askedYear > thisYear || askedYear < 1990 ? thisYear : askedYear;
        List<OrganizationSummary> crumbs = new ArrayList<>(organizations.visible(trail.ancestors()));
        crumbs.add(trail.node());
        int number = Math.max(page, 0);
        PilotOverview overview = overview(trail.node(), year, number * LIST_PAGE, LIST_PAGE);
        return new PilotList(trail.node(), crumbs, year, thisYear, overview,
                new PageImpl<>(overview.branches(), PageRequest.of(number, LIST_PAGE), overview.enrolled()));
    }

    private boolean reviewOpen(int year) {
        return !LocalDate.now(clock).isBefore(LocalDate.of(year, 12, 1));
    }

    private boolean enrolled(long branchId, int year) {
        return jdbc.sql("select " + ENROLLED.replace("b.id", ":branch"))
                .param("branch", branchId).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31))).query(Boolean.class).single();
    }

    private List<PilotSolution> solutions(long branchId, int year) {
        return jdbc.sql("""
                        select id, area, solution, target, status, review_note from pilot_solution
                         where branch_id = ? and year = ? order by id""")
                .params(branchId, year)
                .query((row, n) -> new PilotSolution(row.getLong(1), PilotArea.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4),
                        row.getString(5) == null ? null : SolutionStatus.valueOf(row.getString(5)), row.getString(6)))
                .list();
    }

    private Recognition recognition(long branchId, int year) {
        return jdbc.sql("select recognized, note, decided_by, decided_at from pilot_recognition where branch_id = ? and year = ?")
                .params(branchId, year)
                .query((row, n) -> new Recognition(row.getBoolean(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()))
                .optional().orElse(null);
    }

    /** Before reading what was typed: only the branch's secretary registers solutions (403). */
    @Transactional(readOnly = true)
    public void requireSecretary(long branchId) {
        access.requireEditBranch(organizations.getVisibleBranch(branchId).path());
    }

    /** Before reading what was typed: only staff above the branch review its plan (403). */
    @Transactional(readOnly = true)
    public void requireReviewer(long branchId) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        if (!access.canSupervise(branch.path())) {
            throw new AccessDeniedException(
                    "only the committee above reviews a branch's pilot plan");
        }
    }

    /** Registers a solution in the current year's plan; problems on {@code area}, {@code solution}, {@code target}. */
    public long add(long branchId, PilotArea area, String solution, String target) {
        requireSecretary(branchId);
        PilotPlan plan = plan(branchId, null);
        if (!plan.editable()) {
            throw new InvalidInputException(null, plan.enrolled() ? "pilot.error.reviewed" : "pilot.error.notEnrolled");
        }
        List<Problem> problems = new ArrayList<>();
        if (area == null) {
            problems.add(new Problem("area", "pilot.error.area"));
        }
        String typed = solution == null ? "" : solution.strip();
        if (typed.isEmpty() || typed.length() > MAX_SOLUTION) {
            problems.add(new Problem("solution", "pilot.error.solution", MAX_SOLUTION));
        }
        String goal = target == null ? "" : target.strip();
        if (goal.isEmpty() || goal.length() > MAX_TARGET) {
            problems.add(new Problem("target", "pilot.error.target", MAX_TARGET));
        }
        if (plan.solutions().size() >= MAX_SOLUTIONS) {
            problems.add(new Problem(null, "pilot.error.tooMany", MAX_SOLUTIONS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                        insert into pilot_solution (branch_id, year, area, solution, target, recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(branchId, plan.year(), area.name(), typed, goal, access.currentUser().getUsername())
                .query(Long.class).single();
        audit.record(AuditSubject.of("pilot", id).organization(branchId), "PILOT_SOLUTION",
                plan.year() + " " + area + ": " + typed + " (" + goal + ")");
        return id;
    }

    /** Removes a solution of the current year's plan before the review. */
    public void remove(long branchId, long solutionId) {
        requireSecretary(branchId);
        PilotPlan plan = plan(branchId, null);
        PilotSolution solution = plan.solutions().stream().filter(s -> s.id() == solutionId).findFirst()
                .orElseThrow(() -> new PilotSolutionNotFoundException(solutionId));
        if (!plan.editable()) {
            throw new InvalidInputException(null, "pilot.error.reviewed");
        }
        jdbc.sql("delete from pilot_solution where id = ?").param(solutionId).update();
        audit.record(AuditSubject.of("pilot", solutionId).organization(branchId), "PILOT_REMOVE",
                plan.year() + " " + solution.area() + ": " + solution.solution());
    }

    /**
     * The committee's year-end review: a status for every solution (a note optional), and whether
     * the branch is recognized as a model branch; all or nothing, and it may be corrected.
     */
    public void review(long branchId, int year, Map<Long, SolutionStatus> statuses, Map<Long, String> notes,
                       Boolean recognized, String note) {
        requireReviewer(branchId);
        PilotPlan plan = plan(branchId, year);
        if (plan.year() != year || !plan.reviewOpen()) {
            throw new InvalidInputException(null, "pilot.error.notYet", year);
        }
        if (!plan.enrolled() || plan.solutions().isEmpty()) {
            throw new InvalidInputException(null, "pilot.error.nothingToReview");
        }
        List<Problem> problems = new ArrayList<>();
        if (plan.solutions().stream().anyMatch(solution -> statuses.get(solution.id()) == null)) {
            problems.add(new Problem("status", "pilot.error.status"));
        }
        if (notes.values().stream().anyMatch(text -> text != null && text.strip().length() > MAX_NOTE)
                || (note != null && note.strip().length() > MAX_NOTE)) {
            problems.add(new Problem("note", "pilot.error.note", MAX_NOTE));
        }
        if (recognized == null) {
            problems.add(new Problem("recognized", "pilot.error.recognized"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String by = access.currentUser().getUsername();
        for (PilotSolution solution : plan.solutions()) {
            String text = blankToNull(notes.get(solution.id()));
            jdbc.sql("""
                            update pilot_solution set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = now()
                             where id = ?""")
                    .params(statuses.get(solution.id()).name(), text, by, solution.id()).update();
        }
        jdbc.sql("""
                        insert into pilot_recognition (branch_id, year, recognized, note, decided_by) values (?, ?, ?, ?, ?)
                        on conflict (branch_id, year) do update
                           set recognized = excluded.recognized, note = excluded.note, decided_by = excluded.decided_by,
                               decided_at = now()""")
                .params(branchId, year, recognized, blankToNull(note), by).update();
        long achieved = plan.solutions().stream().filter(s -> statuses.get(s.id()) == SolutionStatus.ACHIEVED).count();
        audit.record(AuditSubject.of("pilot", branchId).organization(branchId), "PILOT_REVIEW", year + ": "
                + achieved + "/" + plan.solutions().size() + " achieved, " + (recognized ? "recognized" : "not recognized")
                + (blankToNull(note) == null ? "" : " (" + note.strip() + ")"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The pilot branches of a subtree and their plans for a year: totals, and the first rows. */
    public record PilotOverview(int year, long enrolled, long withPlan, long solutions, long achieved,
                                long recognized, List<PilotPlanSummary> branches) {
    }

    /**
     * The subtree's pilot branches for the year: their plans summed ({@code organization_pilot_year},
     * a row a year), and {@code limit} of them in name order, from the first, with their own plans.
     */
    @Transactional(readOnly = true)
    public PilotOverview overview(OrganizationSummary node, int year, int limit) {
        return overview(node, year, 0, limit);
    }

    private PilotOverview overview(OrganizationSummary node, int year, int offset, int limit) {
        List<PilotPlanSummary> rows = jdbc.sql("""
                        select b.id, b.name, s.leadership, s.education, s.principles, s.cadres, s.achieved, s.reviewed,
                               r.recognized
                          from (select b.id, b.name, b.sort_key from organization b
                                 where b.kind = 'BRANCH' and in_subtree(b.path, :path) and\s""" + ENROLLED + """
                                 order by b.sort_key, b.id offset :offset limit :limit) b
                          cross join lateral (select count(*) filter (where area = 'LEADERSHIP') as leadership,
                                                     count(*) filter (where area = 'EDUCATION') as education,
                                                     count(*) filter (where area = 'PRINCIPLES') as principles,
                                                     count(*) filter (where area = 'CADRES') as cadres,
                                                     count(*) filter (where status = 'ACHIEVED') as achieved,
                                                     count(status) as reviewed
                                                from pilot_solution where branch_id = b.id and year = :year) s
                          left join pilot_recognition r on r.branch_id = b.id and r.year = :year
                         order by b.sort_key, b.id""")
                .param("path", node.path()).param("year", year).param("offset", offset).param("limit", limit)
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1))).param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((row, n) -> new PilotPlanSummary(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), (Boolean) row.getObject(9)))
                .list();
        return jdbc.sql("""
                        select coalesce(sum(entered), 0) - coalesce(sum(ended) filter (where year < :year), 0),
                               coalesce(sum(with_plan) filter (where year = :year), 0),
                               coalesce(sum(solutions) filter (where year = :year), 0),
                               coalesce(sum(achieved) filter (where year = :year), 0),
                               coalesce(sum(recognized) filter (where year = :year), 0)
                          from organization_pilot_year where organization_id = :node and year <= :year""")
                .param("node", node.id()).param("year", year)
                .query((row, n) -> new PilotOverview(year, row.getLong(1), row.getLong(2), row.getLong(3),
                        row.getLong(4), row.getLong(5), rows))
                .single();
    }
}
