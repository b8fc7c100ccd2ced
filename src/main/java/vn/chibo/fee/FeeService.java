package vn.chibo.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * Đảng phí collected at the meeting (the opening item): who paid for which months and how much,
 * several months at once or ahead, or why a month is not paid. A payment covers the member's
 * oldest unpaid months of the year first, then the meeting's month, then the months ahead.
 */
@Service
@Transactional
public class FeeService {

    static final int MAX_MONTHS = 12;
    static final long MAX_AMOUNT = 100_000_000L;
    static final int MAX_REASON = 300;

    private final FeeReads reads;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditService audit;

    FeeService(FeeReads reads, JdbcClient jdbc, AccessPolicy access, AuditService audit) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** A member on the meeting's roll, as the fee step needs them. */
    public record Payer(long id, String fullName, boolean exempt) {
    }

    /**
     * Where fees are collected: the branch's meeting of a month, held on a day; or, between meetings,
     * the secretary on a day of the current month (no meeting).
     */
    public record Collection(long branchId, String branchPath, YearMonth period, Long meetingId, LocalDate paidOn,
                             List<Payer> roll) {
    }

    /** What the secretary entered for one member: months paid and their total, a reason, or undo. */
    public record Entry(Integer months, Long amount, String reason, boolean undo) {
    }

    /**
     * One member's line on the fee step: their fee, the months of the year still unpaid before the
     * meeting's, the last month paid, whether the meeting's month is settled, what this meeting
     * recorded, and the months a payment would cover next with their total at the member's rate.
     */
    public record Line(Payer payer, FeeRate rate, List<YearMonth> arrears, YearMonth paidThrough, boolean settled,
                       List<FeeMonth> recordedHere, List<YearMonth> next, List<Long> nextTotals) {

        /** The total at the member's rates for paying {@code months} months now; null without a rate. */
        public Long totalFor(int months) {
            return months < 1 || months > nextTotals.size() ? null : nextTotals.get(months - 1);
        }

        /** How many months pay up to and including the meeting's month. */
        public int monthsToDate(YearMonth period) {
            return (int) next.stream().filter(month -> !month.isAfter(period)).count();
        }
    }

    @Transactional(readOnly = true)
    public List<Line> lines(Collection at) {
        List<Long> ids = at.roll().stream().map(Payer::id).toList();
        Map<Long, List<FeeRate>> rates = reads.rates(ids);
        Plan plan = plan(at, ids);
        Map<Long, List<FeeMonth>> here = reads.recordedAt(at.meetingId());
        List<Line> lines = new ArrayList<>();
        for (Payer payer : at.roll()) {
            List<FeeRate> memberRates = rates.getOrDefault(payer.id(), List.of());
            List<YearMonth> next = plan.next(payer.id(), MAX_MONTHS);
            List<Long> totals = new ArrayList<>();
            long total = 0;
            for (YearMonth month : next) {
                FeeRate rate = rateIn(memberRates, month);
                if (rate == null) {
                    break;
                }
                total += rate.amount();
                totals.add(total);
            }
            lines.add(new Line(payer, rateIn(memberRates, at.period()), plan.arrears(payer.id()),
                    plan.paidThrough(payer.id()), plan.settled(payer.id()), here.getOrDefault(payer.id(), List.of()),
                    next, totals));
        }
        return lines;
    }

    /** The rate in force in a month: the latest set from that month or before. */
    static FeeRate rateIn(List<FeeRate> rates, YearMonth month) {
        FeeRate found = null;
        for (FeeRate rate : rates) {
            if (!rate.from().isAfter(month)) {
                found = rate;
            }
        }
        return found;
    }

    /** The members' months as they stand, and from them the months each one's next payment covers. */
    private Plan plan(Collection at, List<Long> ids) {
        YearMonth january = YearMonth.of(at.period().getYear(), 1);
        YearMonth start = reads.bookStart(at.branchId()).filter(first -> first.isBefore(at.period()))
                .orElse(at.period());
        if (start.isBefore(january)) {
            start = january;
        }
        Map<Long, TreeSet<YearMonth>> due = reads.dueMonths(ids, start, at.period());
        Map<Long, List<FeeMonth>> months = reads.months(ids, january, january.plusYears(3));
        return new Plan(at.period(), due, months);
    }

    private record Plan(YearMonth period, Map<Long, TreeSet<YearMonth>> due, Map<Long, List<FeeMonth>> months) {

        Set<YearMonth> settledMonths(long memberId) {
            return months.getOrDefault(memberId, List.of()).stream().map(FeeMonth::period).collect(Collectors.toSet());
        }

        boolean settled(long memberId) {
            return settledMonths(memberId).contains(period);
        }

        List<YearMonth> arrears(long memberId) {
            Set<YearMonth> settled = settledMonths(memberId);
            return due.getOrDefault(memberId, new TreeSet<>()).stream()
                    .filter(month -> month.isBefore(period) && !settled.contains(month)).toList();
        }

        YearMonth paidThrough(long memberId) {
            return months.getOrDefault(memberId, List.of()).stream().filter(FeeMonth::paid).map(FeeMonth::period)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        /** The oldest unpaid months of the year, then the meeting's month, then the months ahead. */
        List<YearMonth> next(long memberId, int count) {
            Set<YearMonth> settled = settledMonths(memberId);
            List<YearMonth> next = new ArrayList<>(arrears(memberId));
            for (YearMonth month = period; next.size() < count; month = month.plusMonths(1)) {
                if (!settled.contains(month)) {
                    next.add(month);
                }
            }
            return next.subList(0, count);
        }

        Plan without(long meetingId, long memberId) {
            Map<Long, List<FeeMonth>> kept = new HashMap<>(months);
            kept.put(memberId, months.getOrDefault(memberId, List.of()).stream()
                    .filter(month -> !Objects.equals(month.meetingId(), meetingId)).toList());
            return new Plan(period, due, kept);
        }
    }

    /**
     * Records what was entered for each member; refuses all of it, changing nothing, when a member is
     * not on the roll, a number is out of bounds, a payment has no amount and no rate to reckon it
     * from, or a reason comes with a payment. Problems name the field {@code entries[memberId].x}.
     */
    public void collect(Collection at, Map<Long, Entry> entries) {
        access.requireEditBranch(at.branchPath());
        Set<Long> roll = at.roll().stream().map(Payer::id).collect(Collectors.toSet());
        List<Long> ids = entries.keySet().stream().filter(roll::contains).toList();
        Map<Long, List<FeeRate>> rates = reads.rates(ids);
        Plan plan = plan(at, ids);
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        TreeSet<YearMonth> touched = new TreeSet<>();
        for (Map.Entry<Long, Entry> item : entries.entrySet()) {
            long memberId = item.getKey();
            Entry entry = item.getValue();
            String field = "entries[" + memberId + "]";
            if (!roll.contains(memberId)) {
                problems.add(new Problem(null, "fee.error.notOnRoll"));
                continue;
            }
            if (entry == null) {
                continue;
            }
            int months = entry.months() == null ? 0 : entry.months();
            String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
            Plan after = entry.undo() ? plan.without(at.meetingId(), memberId) : plan;
            if (months < 0 || months > MAX_MONTHS) {
                problems.add(new Problem(field + ".months", "fee.error.months", MAX_MONTHS));
                continue;
            }
            if (entry.amount() != null && (entry.amount() < 0 || entry.amount() > MAX_AMOUNT)) {
                problems.add(new Problem(field + ".amount", "fee.error.amount"));
                continue;
            }
            if (entry.amount() != null && months == 0) {
                problems.add(new Problem(field + ".months", "fee.error.amountWithoutMonths"));
                continue;
            }
            if (reason != null && reason.length() > MAX_REASON) {
                problems.add(new Problem(field + ".reason", "fee.error.reasonLength", MAX_REASON));
                continue;
            }
            if (reason != null && months > 0) {
                problems.add(new Problem(field + ".reason", "fee.error.reasonWithPayment"));
                continue;
            }
            if (reason != null && after.settled(memberId)) {
                problems.add(new Problem(field + ".reason", "fee.error.alreadySettled"));
                continue;
            }
            List<YearMonth> paid = months == 0 ? List.of() : after.next(memberId, months);
            long[] amounts = new long[paid.size()];
            if (!paid.isEmpty()) {
                if (entry.amount() == null) {
                    List<FeeRate> memberRates = rates.getOrDefault(memberId, List.of());
                    boolean missing = false;
                    for (int i = 0; i < paid.size(); i++) {
                        FeeRate rate = rateIn(memberRates, paid.get(i));
                        missing |= rate == null;
                        amounts[i] = rate == null ? 0 : rate.amount();
                    }
                    if (missing) {
                        problems.add(new Problem(field + ".amount", "fee.error.noRate"));
                        continue;
                    }
                } else {
                    // The total is shared between the months, the odd đồng in the first.
                    long each = entry.amount() / paid.size();
                    Arrays.fill(amounts, each);
                    amounts[0] += entry.amount() - each * paid.size();
                }
            }
            if (entry.undo()) {
                List<FeeMonth> undone = plan.months().getOrDefault(memberId, List.of()).stream()
                        .filter(month -> Objects.equals(month.meetingId(), at.meetingId())).toList();
                if (!undone.isEmpty()) {
                    undone.forEach(month -> touched.add(month.period()));
                    writes.add(() -> undo(at, memberId, undone));
                }
            }
            if (!paid.isEmpty()) {
                touched.addAll(paid);
                writes.add(() -> pay(at, memberId, paid, amounts));
            } else if (reason != null) {
                touched.add(at.period());
                writes.add(() -> excuse(at, memberId, reason));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writes.forEach(Runnable::run);
        refresh(at.branchId(), touched);
    }

    /**
     * Everyone on the roll with a fee set pays their unpaid months up to the meeting's at their
     * rate (what most members do at most meetings); the others are left for the secretary to enter.
     */
    public int payAllToDate(Collection at) {
        access.requireEditBranch(at.branchPath());
        List<Long> ids = at.roll().stream().filter(payer -> !payer.exempt()).map(Payer::id).toList();
        Map<Long, List<FeeRate>> rates = reads.rates(ids);
        Plan plan = plan(at, ids);
        TreeSet<YearMonth> touched = new TreeSet<>();
        int paidMembers = 0;
        for (long memberId : ids) {
            List<YearMonth> months = plan.next(memberId, MAX_MONTHS).stream()
                    .filter(month -> !month.isAfter(at.period())).toList();
            List<FeeRate> memberRates = rates.getOrDefault(memberId, List.of());
            if (months.isEmpty() || months.stream().anyMatch(month -> rateIn(memberRates, month) == null)) {
                continue;
            }
            pay(at, memberId, months, months.stream().mapToLong(month -> rateIn(memberRates, month).amount()).toArray());
            touched.addAll(months);
            paidMembers++;
        }
        refresh(at.branchId(), touched);
        return paidMembers;
    }

    private void pay(Collection at, long memberId, List<YearMonth> months, long[] amounts) {
        String by = access.currentUser().getUsername();
        for (int i = 0; i < months.size(); i++) {
            jdbc.sql("""
                            insert into fee_payment (member_id, period, branch_id, meeting_id, paid_on, amount, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(memberId, months.get(i).atDay(1), at.branchId(), at.meetingId(), at.paidOn(), amounts[i], by)
                    .update();
        }
        long total = Arrays.stream(amounts).sum();
        audit.record(AuditSubject.of("fee", memberId).organization(at.branchId()).meeting(at.meetingId())
                .member(memberId), "FEE_PAID", "member " + memberId + ": " + months.stream()
                .map(YearMonth::toString).collect(Collectors.joining(", ")) + " = " + total + " đ");
    }

    private void excuse(Collection at, long memberId, String reason) {
        jdbc.sql("""
                        insert into fee_payment (member_id, period, branch_id, meeting_id, reason, recorded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(memberId, at.period().atDay(1), at.branchId(), at.meetingId(), reason,
                        access.currentUser().getUsername())
                .update();
        audit.record(AuditSubject.of("fee", memberId).organization(at.branchId()).meeting(at.meetingId())
                .member(memberId), "FEE_EXCUSED", "member " + memberId + ": " + at.period() + " (" + reason + ")");
    }

    private void undo(Collection at, long memberId, List<FeeMonth> months) {
        jdbc.sql("delete from fee_payment where member_id = ? and meeting_id = ?").params(memberId, at.meetingId())
                .update();
        audit.record(AuditSubject.of("fee", memberId).organization(at.branchId()).meeting(at.meetingId())
                .member(memberId), "FEE_UNDONE", "member " + memberId + ": " + months.stream()
                .map(month -> month.period() + (month.paid() ? " = " + month.amount() + " đ" : " (" + month.reason() + ")"))
                .collect(Collectors.joining(", ")));
    }

    /**
     * Takes back what a member paid the secretary between meetings on a day (a mistake in the book):
     * the months are open again, audited. False when there is nothing of that day to take back.
     */
    public boolean undoBetweenMeetings(long branchId, String branchPath, long memberId, LocalDate paidOn) {
        access.requireEditBranch(branchPath);
        List<FeeMonth> removed = jdbc.sql("""
                        delete from fee_payment
                         where branch_id = ? and member_id = ? and meeting_id is null and paid_on = ?
                        returning period, amount""")
                .params(branchId, memberId, paidOn)
                .query((rs, n) -> new FeeMonth(memberId, YearMonth.from(rs.getDate(1).toLocalDate()), branchId, null,
                        paidOn, rs.getLong(2), null))
                .list();
        if (removed.isEmpty()) {
            return false;
        }
        audit.record(AuditSubject.of("fee", memberId).organization(branchId).member(memberId), "FEE_UNDONE",
                "member " + memberId + " (paid on " + paidOn + "): " + removed.stream()
                        .map(month -> month.period() + " = " + month.amount() + " đ").sorted()
                        .collect(Collectors.joining(", ")));
        refresh(branchId, removed.stream().map(FeeMonth::period).collect(Collectors.toCollection(TreeSet::new)));
        return true;
    }

    /** The months' figures (fees paid) and the members' unpaid months, recounted in this transaction. */
    private void refresh(long branchId, TreeSet<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        jdbc.sql("select refresh_branch_month_summary(array[?]::bigint[], ?, ?)")
                .params(branchId, months.first().atDay(1), months.last().atDay(1)).query(Integer.class).single();
    }

    /** The amount of a share of a salary, to the đồng. */
    static long share(long salary, BigDecimal percent) {
        return BigDecimal.valueOf(salary).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
