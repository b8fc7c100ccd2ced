package vn.chibo.rating;

import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberProfile;
import vn.chibo.member.MemberService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.task.TaskService;
import vn.chibo.task.TaskStats;

/**
 * The monthly classification of a branch's members: the secretary proposes within the rules,
 * the meeting's finalization makes the proposals final and locks them; reopening unlocks.
 */
@Service
@Transactional(readOnly = true)
public class RatingService {

    private final RatingRepository ratings;
    private final JdbcClient jdbc;
    private final RatingRules rules;
    private final TaskService tasks;
    private final MemberService members;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    RatingService(RatingRepository ratings, JdbcClient jdbc, RatingRules rules, TaskService tasks, MemberService members,
                  OrganizationService organizations, AccessPolicy access, AuditService audit, Clock clock) {
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.rules = rules;
        this.tasks = tasks;
        this.members = members;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Map<Long, RatingRow> ratingsOf(long branchId, YearMonth period) {
        access.requireView(organizations.get(branchId).path());
        return ratings.findByBranchIdAndPeriod(branchId, period).stream()
                .collect(Collectors.toMap(MonthlyRating::getMemberId, MonthlyRating::row));
    }

    /** What the rules allow for each member, from the month's tasks (reviewed, or open past due) and disciplines. */
    public Map<Long, RuleCheck> checks(long branchId, YearMonth period, long meetingId, Collection<Long> memberIds) {
        return checks(branchId, period, tasks.statsForRating(meetingId), memberIds);
    }

    /** The same, from the month's tasks already counted ({@code TaskService.forRating}). */
    public Map<Long, RuleCheck> checks(long branchId, YearMonth period, Map<Long, TaskStats> stats,
                                       Collection<Long> memberIds) {
        var disciplined = members.disciplinedIn(branchId, period);
        Map<Long, RuleCheck> checks = new LinkedHashMap<>();
        for (Long memberId : memberIds) {
            checks.put(memberId, rules.check(stats.getOrDefault(memberId, TaskStats.NONE),
                    disciplined.contains(memberId)));
        }
        return checks;
    }

    /**
     * Saves the secretary's proposals. Refuses all of them, saving nothing, when any is higher
     * than the rules allow; the exception says, by member, which rule blocks.
     */
    @Transactional
    public void propose(long branchId, YearMonth period, long meetingId, List<Proposal> proposals) {
        access.requireEditBranch(organizations.get(branchId).path());
        Map<Long, RuleCheck> checks = checks(branchId, period, meetingId,
                proposals.stream().map(Proposal::memberId).toList());
        Map<Long, RuleCheck> violations = proposals.stream()
                .filter(p -> p.level() != null && !checks.get(p.memberId()).allows(p.level()))
                .collect(Collectors.toMap(Proposal::memberId, p -> checks.get(p.memberId())));
        if (!violations.isEmpty()) {
            throw new RatingRuleViolationException(violations);
        }
        Map<Long, MonthlyRating> existing = byMember(branchId, period);
        for (Proposal proposal : proposals) {
            MonthlyRating rating = existing.get(proposal.memberId());
            if (rating == null) {
                if (proposal.level() == null) {
                    continue;
                }
                rating = ratings.save(new MonthlyRating(proposal.memberId(), branchId, period));
            }
            RatingLevel previous = rating.propose(proposal.level(), proposal.comment());
            if (previous != proposal.level()) {
                audit.record(AuditSubject.of("monthly_rating", rating.getId()).organization(branchId)
                                .member(proposal.memberId()).meeting(meetingId), "PROPOSE",
                        "member " + proposal.memberId() + " " + period + ": " + previous + " -> " + proposal.level());
            }
        }
    }

    /** Members among {@code memberIds} who still have no proposed level (every meeting page asks). */
    public List<Long> unrated(long branchId, YearMonth period, Collection<Long> memberIds) {
        Set<Long> proposed = new HashSet<>(jdbc.sql("""
                select member_id from monthly_rating where branch_id = ? and period = ? and proposed_level is not null""")
                .params(branchId, Date.valueOf(period.atDay(1))).query(Long.class).list());
        return memberIds.stream().filter(id -> !proposed.contains(id)).toList();
    }

    /** Called by the meeting's finalization, in its transaction: the proposals become final. */
    @Transactional
    public void finalizeMonth(long meetingId, long branchId, YearMonth period, Collection<Long> memberIds, String by) {
        Map<Long, MonthlyRating> existing = byMember(branchId, period);
        for (Long memberId : memberIds) {
            MonthlyRating rating = existing.get(memberId);
            rating.decide(by, clock.instant());
            audit.record(AuditSubject.of("monthly_rating", rating.getId()).organization(branchId)
                            .member(memberId).meeting(meetingId), "FINAL",
                    "member " + memberId + " " + period + ": " + rating.getProposedLevel());
        }
    }

    /** Called when district staff reopen the meeting: the month's levels are pending again. */
    @Transactional
    public void reopenMonth(long branchId, YearMonth period) {
        for (MonthlyRating rating : ratings.findByBranchIdAndPeriod(branchId, period)) {
            rating.reopen();
        }
    }

    /** How many months back a member may still give (or change) a self-assessment. */
    static final int SELF_ASSESSMENT_MONTHS_BACK = 2;

    /** The logged-in member's ratings, newest first. */
    public Page<RatingHistoryRow> myHistory(Pageable pageable) {
        long me = access.requireOwnMemberId();
        return ratings.history(me, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /**
     * The logged-in member's months from {@code from} to {@code to} in one read, a month without a
     * rating being absent: their start page takes this month's row and the strip's levels from it.
     */
    public Map<YearMonth, RatingRow> myMonths(YearMonth from, YearMonth to) {
        long me = access.requireOwnMemberId();
        return ratings.findByMemberIdAndPeriodBetween(me, from, to).stream()
                .collect(Collectors.toMap(MonthlyRating::getPeriod, MonthlyRating::row));
    }

    /** The logged-in member's rating of one month, if there is one. */
    public Optional<RatingRow> mine(YearMonth period) {
        long me = access.requireOwnMemberId();
        return ratings.findByMemberIdAndPeriod(me, period).map(MonthlyRating::row);
    }

    /** Whether the member may still give their self-assessment for the month. */
    public boolean canAssessSelf(YearMonth period) {
        return canAssessSelf(period, mine(period).orElse(null));
    }

    /** The same, with the member's row of the month already read ({@code null}: none yet). */
    public boolean canAssessSelf(YearMonth period, RatingRow mine) {
        YearMonth now = YearMonth.now(clock);
        if (period.isAfter(now) || period.isBefore(now.minusMonths(SELF_ASSESSMENT_MONTHS_BACK))) {
            return false;
        }
        return mine == null || mine.finalLevel() == null;
    }

    /**
     * The member's own view of the month, before the meeting; it can be changed until the
     * month's meeting is finalized. Refuses a future month, a month long past, a locked month,
     * and a member who is exempt from activity or has left.
     */
    @Transactional
    public void assessSelf(YearMonth period, RatingLevel level, String text) {
        long me = access.requireOwnMemberId();
        MemberProfile member = members.getVisible(me);
        YearMonth now = YearMonth.now(clock);
        if (period.isAfter(now)) {
            throw new InvalidInputException(null, "selfAssessment.error.future");
        }
        if (period.isBefore(now.minusMonths(SELF_ASSESSMENT_MONTHS_BACK))) {
            throw new InvalidInputException(null, "selfAssessment.error.tooOld");
        }
        if (!member.active() || member.exempt()) {
            throw new InvalidInputException(null, "selfAssessment.error.notActive");
        }
        if (level == null) {
            throw new InvalidInputException("level", "selfAssessment.error.level");
        }
        if (text != null && text.length() > SELF_TEXT_MAX) {
            throw new InvalidInputException("text", "selfAssessment.error.length", SELF_TEXT_MAX);
        }
        MonthlyRating rating = ratings.findByMemberIdAndPeriod(me, period)
                .orElseGet(() -> ratings.save(new MonthlyRating(me, member.branchId(), period)));
        rating.assessSelf(level, text, clock.instant());
        audit.record(AuditSubject.of("monthly_rating", rating.getId()).organization(rating.getBranchId())
                .member(me), "SELF", "member " + me + " " + period + ": " + level);
    }

    public static final int SELF_TEXT_MAX = 2000;

    private Map<Long, MonthlyRating> byMember(long branchId, YearMonth period) {
        return ratings.findByBranchIdAndPeriod(branchId, period).stream()
                .collect(Collectors.toMap(MonthlyRating::getMemberId, Function.identity()));
    }
}
