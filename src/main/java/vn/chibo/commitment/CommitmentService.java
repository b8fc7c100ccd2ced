package vn.chibo.commitment;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;

/**
 * A member's commitments for a year: written by the member on {@code /me/commitments} during the
 * year until its review, read by the secretary and staff over the member, and marked kept or not
 * at the branch's year-end review ({@link #review}).
 */
@Service
@Transactional
public class CommitmentService {

    static final int MAX_TEXT = 1000;
    static final int MAX_PER_YEAR = 20;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    CommitmentService(JdbcClient jdbc, AccessPolicy access, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The logged-in member's commitments of a year, and whether they may still change them (the
     * member read here in SQL, so that {@code member} may show commitments without a cycle).
     */
    public record MyCommitments(long memberId, long branchId, boolean active, int year, int thisYear,
                                List<Commitment> items, boolean editable) {

        public List<Commitment> ofKind(CommitmentKind kind) {
            return items.stream().filter(item -> item.kind() == kind).toList();
        }
    }

    @Transactional(readOnly = true)
    public MyCommitments mine(Integer askedYear) {
        long memberId = access.requireOwnMemberId();
        record Member(long branchId, boolean active) {
        }
        Member member = jdbc.sql("select branch_id, left_on is null from member where id = ?").param(memberId)
                .query((row, n) -> new Member(row.getLong(1), row.getBoolean(2))).single();
        int thisYear = Year.now(clock).getValue();
        int year = askedYear == null || askedYear > thisYear || askedYear < 1930 ? thisYear : askedYear;
        List<Commitment> items = of(memberId, year);
        boolean editable = member.active() && year == thisYear && items.stream().noneMatch(Commitment::reviewed);
        return new MyCommitments(memberId, member.branchId(), member.active(), year, thisYear, items, editable);
    }

    /** Adds a commitment to the member's current year; refuses once the year has been reviewed. */
    public long add(CommitmentKind kind, String text) {
        MyCommitments mine = mine(null);
        requireEditable(mine);
        String typed = text == null ? "" : text.strip();
        if (kind == null) {
            throw new InvalidInputException("kind", "commitment.error.kind");
        }
        if (typed.isEmpty() || typed.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "commitment.error.text", MAX_TEXT);
        }
        if (mine.items().size() >= MAX_PER_YEAR) {
            throw new InvalidInputException(null, "commitment.error.tooMany", MAX_PER_YEAR);
        }
        long id = jdbc.sql("insert into member_commitment (member_id, year, kind, text) values (?, ?, ?, ?) returning id")
                .params(mine.memberId(), mine.year(), kind.name(), typed).query(Long.class).single();
        audit.record(subject(id, mine), "COMMITMENT_ADD", mine.year() + " " + kind + ": " + typed);
        return id;
    }

    /** Removes one of the member's own commitments of the current year, before the review. */
    public void remove(long id) {
        MyCommitments mine = mine(null);
        Commitment item = mine.items().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new CommitmentNotFoundException(id));
        requireEditable(mine);
        jdbc.sql("delete from member_commitment where id = ?").param(id).update();
        audit.record(subject(id, mine), "COMMITMENT_REMOVE", mine.year() + " " + item.kind() + ": " + item.text());
    }

    private static void requireEditable(MyCommitments mine) {
        if (!mine.editable()) {
            throw new InvalidInputException(null, mine.active() ? "commitment.error.reviewed"
                    : "commitment.error.left");
        }
    }

    private static AuditSubject subject(long id, MyCommitments mine) {
        return AuditSubject.of("member_commitment", id).organization(mine.branchId()).member(mine.memberId());
    }

    /** A member's commitments of a year in the order written (callers have checked the member may be seen). */
    @Transactional(readOnly = true)
    public List<Commitment> of(long memberId, int year) {
        return ofMembers(List.of(memberId), year).getOrDefault(memberId, List.of());
    }

    /** The commitments of several members for a year, by member (callers have checked they may be seen). */
    @Transactional(readOnly = true)
    public Map<Long, List<Commitment>> ofMembers(Collection<Long> memberIds, int year) {
        Map<Long, List<Commitment>> byMember = new LinkedHashMap<>();
        if (memberIds.isEmpty()) {
            return byMember;
        }
        jdbc.sql("""
                        select id, member_id, year, kind, text, kept from member_commitment
                         where member_id = any(?) and year = ? order by member_id, kind, id""")
                .params(memberIds.toArray(Long[]::new), year)
                .query((row, n) -> new Commitment(row.getLong(1), row.getLong(2), row.getInt(3),
                        CommitmentKind.valueOf(row.getString(4)), row.getString(5), (Boolean) row.getObject(6)))
                .list()
                .forEach(item -> byMember.computeIfAbsent(item.memberId(), id -> new ArrayList<>()).add(item));
        return byMember;
    }

    /**
     * The year-end review's answer for each of the member's commitments of the year: every one must be
     * answered (problem on {@code kept}). Called inside the review's transaction, after its checks.
     */
    public void review(long memberId, int year, Map<Long, Boolean> kept) {
        List<Commitment> items = of(memberId, year);
        if (items.stream().anyMatch(item -> kept.get(item.id()) == null)) {
            throw new InvalidInputException("kept", "commitment.error.unanswered");
        }
        String by = access.currentUser().getUsername();
        for (Commitment item : items) {
            boolean answer = kept.get(item.id());
            if (!Boolean.valueOf(answer).equals(item.kept())) {
                jdbc.sql("update member_commitment set kept = ?, reviewed_by = ?, reviewed_at = now() where id = ?")
                        .params(answer, by, item.id()).update();
            }
        }
    }
}
