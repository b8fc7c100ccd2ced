package vn.chibo.fee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.fee.FeeBook.Cell;
import vn.chibo.fee.FeeBook.State;
import vn.chibo.fee.FeeReads.BookMember;
import vn.chibo.fee.FeeReads.MonthMoney;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * A branch's fee book for a year, the members' rates and what the branch hands up: staff above the
 * branch and its secretary read them; only the secretary sets a rate, records a payment made between
 * meetings, or records a handover.
 */
@Service
@Transactional
public class FeeBookService {

    static final long MAX_SALARY = 10_000_000_000L;

    private final FeeReads reads;
    private final FeeService fees;
    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    FeeBookService(FeeReads reads, FeeService fees, JdbcClient jdbc, OrganizationService organizations,
                   AccessPolicy access, AuditService audit, Clock clock) {
        this.reads = reads;
        this.fees = fees;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FeeBook book(long branchId, int year) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        List<BookMember> members = reads.bookMembers(branchId, year);
        List<Long> ids = members.stream().map(BookMember::id).toList();
        Map<Long, List<FeeRate>> rates = reads.rates(ids);
        Map<Long, List<FeeMonth>> months = reads.months(ids, YearMonth.of(year, 1), YearMonth.of(year, 12));
        Map<Long, Set<Integer>> unpaidMonths = reads.unpaidMonths(ids, year);
        YearMonth now = YearMonth.now(clock);
        long[] monthTotals = new long[12];
        List<FeeBook.Line> lines = new ArrayList<>();
        for (BookMember member : members) {
            Map<YearMonth, FeeMonth> byMonth = new HashMap<>();
            months.getOrDefault(member.id(), List.of()).forEach(month -> byMonth.put(month.period(), month));
            List<Cell> cells = new ArrayList<>(12);
            long total = 0;
            long unpaid = 0;
            for (int m = 1; m <= 12; m++) {
                YearMonth period = YearMonth.of(year, m);
                FeeMonth month = byMonth.get(period);
                Cell cell;
                if (month != null && month.paid()) {
                    cell = new Cell(period, State.PAID, month.amount(), month.paidOn(), null);
                    total += month.amount();
                    monthTotals[m - 1] += month.amount();
                } else if (month != null) {
                    cell = new Cell(period, State.EXCUSED, null, null, month.reason());
                } else if (!member.onRoll().contains(period)) {
                    cell = new Cell(period, State.OFF_ROLL, null, null, null);
                } else if (member.exempt().contains(period)) {
                    cell = new Cell(period, State.EXEMPT, null, null, null);
                } else if (unpaidMonths.getOrDefault(member.id(), Set.of()).contains(m)) {
                    cell = new Cell(period, State.UNPAID, null, null, null);
                    unpaid++;
                } else {
                    cell = new Cell(period, State.OPEN, null, null, null);
                }
                cells.add(cell);
            }
            FeeRate rate = FeeService.rateIn(rates.getOrDefault(member.id(), List.of()),
                    year == now.getYear() ? now : YearMonth.of(year, 12));
            lines.add(new FeeBook.Line(member.id(), member.fullName(), rate, cells, total, unpaid));
        }
        List<MonthMoney> money = reads.money(branchId, year);
        long collected = money.stream().mapToLong(MonthMoney::collected).sum();
        long handedUp = money.stream().mapToLong(m -> m.handedUp() == null ? 0 : m.handedUp()).sum();
        List<Long> totals = Arrays.stream(monthTotals).boxed().toList();
        return new FeeBook(branch, year, lines, totals, totals.stream().mapToLong(Long::longValue).sum(), money,
                collected, handedUp, access.canEditBranch(branch.path()));
    }

    /** A member on the branch's roll this month, with their rates, for the rates page. */
    public record RateLine(long memberId, String fullName, FeeRate current, List<FeeRate> rates) {
    }

    /** The branch's members this month with their rates. */
    public record RatesPage(OrganizationSummary branch, List<RateLine> lines, boolean editable) {
    }

    @Transactional(readOnly = true)
    public RatesPage rates(long branchId) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        YearMonth now = YearMonth.now(clock);
        List<BookMember> members = reads.bookMembers(branchId, now.getYear()).stream()
                .filter(member -> member.onRoll().contains(now)).toList();
        Map<Long, List<FeeRate>> rates = reads.rates(members.stream().map(BookMember::id).toList());
        return new RatesPage(branch, members.stream().map(member -> {
            List<FeeRate> memberRates = rates.getOrDefault(member.id(), List.of());
            return new RateLine(member.id(), member.fullName(), FeeService.rateIn(memberRates, now), memberRates);
        }).toList(), access.canEditBranch(branch.path()));
    }

    /** Before looking at what was typed: only the branch's own secretary writes its fee book (403). */
    @Transactional(readOnly = true)
    public void requireSecretary(long branchId) {
        access.requireEditBranch(organizations.getVisibleBranch(branchId).path());
    }

    /** A rate as the secretary enters it. */
    public record RateEntry(Long memberId, YearMonth from, FeeBasis basis, Long salary, BigDecimal sharePercent,
                            Long amount) {
    }

    /**
     * Sets a member's fee from a month on (replacing one set from the same month). The member must be
     * on the branch's roll this month; a share of salary needs the salary and the share, a fixed
     * amount the amount. Problems name the form's fields.
     */
    public FeeRate setRate(long branchId, RateEntry entry) {
        OrganizationSummary branch = organizations.get(branchId);
        access.requireEditBranch(branch.path());
        YearMonth now = YearMonth.now(clock);
        List<Problem> problems = new ArrayList<>();
        boolean onRoll = entry.memberId() != null && reads.bookMembers(branchId, now.getYear()).stream()
                .anyMatch(member -> member.id() == entry.memberId() && member.onRoll().contains(now));
        if (!onRoll) {
            problems.add(new Problem("memberId", "fee.rate.error.member"));
        }
        if (entry.from() == null) {
            problems.add(new Problem("from", "fee.rate.error.from"));
        }
        long amount = 0;
        if (entry.basis() == null) {
            problems.add(new Problem("basis", "fee.rate.error.basis"));
        } else if (entry.basis() == FeeBasis.SALARY_SHARE) {
            if (entry.salary() == null || entry.salary() <= 0 || entry.salary() > MAX_SALARY) {
                problems.add(new Problem("salary", "fee.rate.error.salary"));
            }
            if (entry.sharePercent() == null || entry.sharePercent().signum() <= 0
                    || entry.sharePercent().compareTo(BigDecimal.valueOf(100)) > 0 || entry.sharePercent().scale() > 2) {
                problems.add(new Problem("sharePercent", "fee.rate.error.share"));
            }
            if (problems.isEmpty()) {
                amount = FeeService.share(entry.salary(), entry.sharePercent());
            }
        } else if (entry.amount() == null || entry.amount() < 0 || entry.amount() > FeeService.MAX_AMOUNT) {
            problems.add(new Problem("amount", "fee.rate.error.amount"));
        } else {
            amount = entry.amount();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean share = entry.basis() == FeeBasis.SALARY_SHARE;
        jdbc.sql("""
                        insert into fee_rate (member_id, from_period, basis, salary, share_percent, amount, set_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (member_id, from_period) do update set basis = excluded.basis,
                            salary = excluded.salary, share_percent = excluded.share_percent, amount = excluded.amount,
                            set_at = now(), set_by = excluded.set_by""")
                .params(entry.memberId(), entry.from().atDay(1), entry.basis().name(), share ? entry.salary() : null,
                        share ? entry.sharePercent() : null, amount, access.currentUser().getUsername())
                .update();
        audit.record(AuditSubject.of("fee", entry.memberId()).organization(branchId).member(entry.memberId()),
                "FEE_RATE", "member " + entry.memberId() + " from " + entry.from() + ": " + entry.basis()
                        + (share ? " " + entry.sharePercent() + "% of " + entry.salary() : "") + " = " + amount + " đ");
        return new FeeRate(entry.memberId(), entry.from(), entry.basis(), share ? entry.salary() : null,
                share ? entry.sharePercent() : null, amount);
    }

    /** What the branch handed up from a month's collection. */
    public record Handover(YearMonth period, Long amount, LocalDate handedOn, String note) {
    }

    /** Records (or corrects) what was handed up from a month's collection; refuses a future day or month. */
    public void handOver(long branchId, Handover handover) {
        OrganizationSummary branch = organizations.get(branchId);
        access.requireEditBranch(branch.path());
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        if (handover.period() == null || handover.period().isAfter(YearMonth.from(today))) {
            problems.add(new Problem("period", "fee.handover.error.period"));
        }
        if (handover.amount() == null || handover.amount() < 0 || handover.amount() > FeeService.MAX_AMOUNT * 1000) {
            problems.add(new Problem("amount", "fee.handover.error.amount"));
        }
        if (handover.handedOn() == null || handover.handedOn().isAfter(today)
                || (handover.period() != null && handover.handedOn().isBefore(handover.period().atDay(1)))) {
            problems.add(new Problem("handedOn", "fee.handover.error.handedOn"));
        }
        String note = handover.note() == null || handover.note().isBlank() ? null : handover.note().strip();
        if (note != null && note.length() > FeeService.MAX_REASON) {
            problems.add(new Problem("note", "fee.handover.error.note", FeeService.MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                        insert into fee_handover (branch_id, period, amount, handed_on, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (branch_id, period) do update set amount = excluded.amount,
                            handed_on = excluded.handed_on, note = excluded.note, recorded_at = now(),
                            recorded_by = excluded.recorded_by""")
                .params(branchId, handover.period().atDay(1), handover.amount(), handover.handedOn(), note,
                        access.currentUser().getUsername())
                .update();
        audit.record(AuditSubject.of("fee", branchId).organization(branchId), "FEE_HANDOVER",
                handover.period() + ": " + handover.amount() + " đ on " + handover.handedOn());
    }

    /** The branch's payments between meetings of a year, for the book (the latest first). */
    @Transactional(readOnly = true)
    public List<FeeReads.BetweenPayment> betweenPayments(long branchId, int year) {
        organizations.getVisibleBranch(branchId);
        return reads.betweenPayments(branchId, year);
    }

    /**
     * Takes back a member's payment between meetings of a day this year (the secretary's mistake);
     * false when there is none. A payment of an earlier year stays: its year is closed.
     */
    public boolean undoBetweenMeetings(long branchId, long memberId, LocalDate paidOn) {
        OrganizationSummary branch = organizations.get(branchId);
        access.requireEditBranch(branch.path());
        if (paidOn == null || paidOn.getYear() != LocalDate.now(clock).getYear()) {
            return false;
        }
        return fees.undoBetweenMeetings(branchId, branch.path(), memberId, paidOn);
    }

    /** A payment to the secretary between meetings: a member, how many months, the total if not at the rate, the day. */
    public record Payment(Long memberId, Integer months, Long amount, LocalDate paidOn) {
    }

    /**
     * Records a payment made to the secretary between meetings (no meeting): the months it covers are
     * chosen as at a meeting of the current month (the year's unpaid months first, then this month,
     * then ahead). Refuses (problems on {@code memberId}, {@code months}, {@code amount}, {@code paidOn})
     * a member not on the branch's roll this month, a day to come or before this year, and what a
     * meeting would refuse.
     */
    public void payBetweenMeetings(long branchId, Payment payment) {
        OrganizationSummary branch = organizations.get(branchId);
        access.requireEditBranch(branch.path());
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        List<FeeService.Payer> roll = reads.roll(branchId, month);
        List<Problem> problems = new ArrayList<>();
        if (payment.memberId() == null || roll.stream().noneMatch(p -> p.id() == payment.memberId() && !p.exempt())) {
            problems.add(new Problem("memberId", "fee.between.error.member"));
        }
        if (payment.months() == null || payment.months() < 1) {
            problems.add(new Problem("months", "fee.error.months", FeeService.MAX_MONTHS));
        }
        if (payment.paidOn() == null || payment.paidOn().isAfter(today)
                || payment.paidOn().isBefore(LocalDate.of(today.getYear(), 1, 1))) {
            problems.add(new Problem("paidOn", "fee.between.error.paidOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            fees.collect(new FeeService.Collection(branchId, branch.path(), month, null, payment.paidOn(), roll),
                    Map.of(payment.memberId(), new FeeService.Entry(payment.months(), payment.amount(), null, false)));
        } catch (InvalidInputException e) {
            // At a meeting the problems name the member's row; here the form has one member.
            throw new InvalidInputException(e.problems().stream().map(problem -> new Problem(
                    problem.field() == null ? null : problem.field().substring(problem.field().lastIndexOf('.') + 1),
                    problem.messageKey(), problem.arguments())).toList());
        }
    }

    /** A member's fees in a year, for their own page and /me: the rate, each month, and the unpaid months. */
    public record MemberFees(int year, FeeRate rate, List<FeeMonth> months, YearMonth paidThrough, List<Integer> unpaid) {

        public long paidTotal() {
            return months.stream().filter(FeeMonth::paid).mapToLong(FeeMonth::amount).sum();
        }
    }

    /** Callers have checked who may see the member. */
    @Transactional(readOnly = true)
    public MemberFees ofMember(long memberId, int year) {
        YearMonth now = YearMonth.now(clock);
        List<FeeRate> rates = reads.rates(List.of(memberId)).getOrDefault(memberId, List.of());
        List<FeeMonth> months = reads.months(List.of(memberId), YearMonth.of(year, 1), YearMonth.of(year + 2, 12))
                .getOrDefault(memberId, List.of());
        YearMonth paidThrough = months.stream().filter(FeeMonth::paid).map(FeeMonth::period)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Integer> unpaid = unpaidMonths(memberId, year);
        return new MemberFees(year, FeeService.rateIn(rates, year == now.getYear() ? now : YearMonth.of(year, 12)),
                months.stream().filter(month -> month.period().getYear() == year).toList(), paidThrough, unpaid);
    }

    /** The months of a year whose meeting was finalized without the member's fee paid or excused. */
    @Transactional(readOnly = true)
    public List<Integer> unpaidMonths(long memberId, int year) {
        return List.copyOf(reads.unpaidMonths(List.of(memberId), year).getOrDefault(memberId, Set.of()));
    }
}
