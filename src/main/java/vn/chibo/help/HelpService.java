package vn.chibo.help;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberProfile;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.rating.RatingLevel;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * Giúp đỡ đảng viên: the branch's secretary gives a member rated NOT_COMPLETED in their last
 * finalized month, or COMPLETED in their last two months running, a helper (another full member of
 * the branch today) and a plan; the plan closes with a note. Staff above and the member read it.
 */
@Service
@Transactional
public class HelpService {

    static final int MAX_PLAN = 2000;
    static final int MAX_NOTE = 1000;

    private static final String SELECT = """
            select h.id, h.member_id, m.full_name, h.branch_id, b.name, h.helper_id, p.full_name, h.plan,
                   h.started_on, h.closed_on, h.closing_note
              from help_plan h
              join member m on m.id = h.member_id
              join member p on p.id = h.helper_id
              join organization b on b.id = h.branch_id
            """;

    private final JdbcClient jdbc;
    private final MemberService members;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    HelpService(JdbcClient jdbc, MemberService members, AccessPolicy access, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private static HelpPlan plan(ResultSet row, int n) throws SQLException {
        return new HelpPlan(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4), row.getString(5),
                row.getLong(6), row.getString(7), row.getString(8), row.getObject(9, LocalDate.class),
                row.getObject(10, LocalDate.class), row.getString(11));
    }

    /** A member's help page: their plans, newest first, whether one may start, and who may help. */
    public record MemberHelp(MemberProfile member, List<HelpPlan> plans, boolean eligible, boolean editable,
                             List<RollMember> helpers) {

        public HelpPlan openPlan() {
            return plans.stream().filter(HelpPlan::open).findFirst().orElse(null);
        }
    }

    @Transactional(readOnly = true)
    public MemberHelp ofMember(long memberId) {
        MemberProfile member = members.getVisible(memberId);
        List<HelpPlan> plans = jdbc.sql(SELECT + " where h.member_id = ? order by h.started_on desc, h.id desc")
                .param(memberId).query(HelpService::plan).list();
        boolean editable = member.active() && access.canEditBranch(member.branchPath());
        List<RollMember> helpers = editable ? helpers(member) : List.of();
        return new MemberHelp(member, plans, eligible(memberId), editable, helpers);
    }

    private List<RollMember> helpers(MemberProfile member) {
        return members.roll(member.branchId(), YearMonth.now(clock)).stream()
                .filter(candidate -> candidate.full() && !candidate.exempt() && candidate.id() != member.id())
                .toList();
    }

    /** NOT_COMPLETED in the last finalized month, or COMPLETED in the last two, one after the other. */
    boolean eligible(long memberId) {
        record Month(YearMonth period, RatingLevel level) {
        }
        List<Month> last = jdbc.sql("""
                        select period, final_level from monthly_rating
                         where member_id = ? and final_level is not null order by period desc limit 2""")
                .param(memberId)
                .query((row, n) -> new Month(YearMonth.from(row.getObject(1, LocalDate.class)),
                        RatingLevel.valueOf(row.getString(2))))
                .list();
        if (last.isEmpty()) {
            return false;
        }
        if (last.get(0).level() == RatingLevel.NOT_COMPLETED) {
            return true;
        }
        return last.size() == 2 && last.get(0).level() == RatingLevel.COMPLETED
                && last.get(1).level() == RatingLevel.COMPLETED
                && last.get(1).period().plusMonths(1).equals(last.get(0).period());
    }

    /** Before looking at what was typed: only the member's branch's secretary writes (403). */
    @Transactional(readOnly = true)
    public void requireSecretaryOf(long memberId) {
        access.requireEditBranch(members.getVisible(memberId).branchPath());
    }

    /** Starts a plan; refuses (problems on {@code helperId}, {@code plan}) anything the rules do not allow. */
    public long start(long memberId, Long helperId, String plan) {
        MemberProfile member = members.getVisible(memberId);
        access.requireEditBranch(member.branchPath());
        if (!member.active()) {
            throw new HelpConflictException("help.error.left");
        }
        List<Problem> problems = new ArrayList<>();
        if (!eligible(memberId)) {
            problems.add(new Problem(null, "help.error.notEligible"));
        }
        if (jdbc.sql("select count(*) from help_plan where member_id = ? and closed_on is null").param(memberId)
                .query(Long.class).single() > 0) {
            problems.add(new Problem(null, "help.error.alreadyOpen"));
        }
        if (helperId == null || helpers(member).stream().noneMatch(helper -> helper.id() == helperId)) {
            problems.add(new Problem("helperId", "help.error.helper"));
        }
        String text = plan == null ? "" : plan.strip();
        if (text.isEmpty() || text.length() > MAX_PLAN) {
            problems.add(new Problem("plan", "help.error.plan", MAX_PLAN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                        insert into help_plan (member_id, branch_id, helper_id, plan, started_on, recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(memberId, member.branchId(), helperId, text, LocalDate.now(clock),
                        access.currentUser().getUsername())
                .query(Long.class).single();
        audit.record(AuditSubject.of("help", id).organization(member.branchId()).member(memberId), "HELP_START",
                "member " + memberId + " helped by " + helperId);
        return id;
    }

    /** Closes an open plan with a note (what came of it); returns the member helped. */
    public long close(long planId, String note) {
        HelpPlan plan = jdbc.sql(SELECT + " where h.id = ?").param(planId).query(HelpService::plan).optional()
                .orElseThrow(() -> new HelpPlanNotFoundException(planId));
        MemberProfile member = members.getVisible(plan.memberId());
        access.requireEditBranch(member.branchPath());
        if (!plan.open()) {
            throw new HelpConflictException("help.error.closed");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new InvalidInputException("closingNote", "help.error.note", MAX_NOTE);
        }
        jdbc.sql("update help_plan set closed_on = ?, closing_note = ? where id = ?")
                .params(LocalDate.now(clock), text, planId).update();
        audit.record(AuditSubject.of("help", planId).organization(plan.branchId()).member(plan.memberId()),
                "HELP_CLOSE", "member " + plan.memberId() + ": " + text);
        return plan.memberId();
    }

    /** The branch's open plans, the oldest first (callers have checked the branch may be seen). */
    @Transactional(readOnly = true)
    public List<HelpPlan> openInBranch(long branchId) {
        return jdbc.sql(SELECT + " where h.branch_id = ? and h.closed_on is null order by h.started_on, h.id")
                .param(branchId).query(HelpService::plan).list();
    }

    /** Open plans of the branches under a node (callers have checked the node may be seen). */
    @Transactional(readOnly = true)
    public List<HelpPlan> openUnder(String path, int limit) {
        return jdbc.sql(SELECT + " where h.closed_on is null and in_subtree(b.path, ?) order by h.started_on, h.id limit ?")
                .params(path, limit).query(HelpService::plan).list();
    }

    @Transactional(readOnly = true)
    public long countOpenUnder(String path) {
        return jdbc.sql("""
                        select count(*) from help_plan h join organization b on b.id = h.branch_id
                         where h.closed_on is null and in_subtree(b.path, ?)""")
                .param(path).query(Long.class).single();
    }
}
