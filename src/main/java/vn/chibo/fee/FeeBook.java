package vn.chibo.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.fee.FeeReads.MonthMoney;
import vn.chibo.organization.OrganizationSummary;

/**
 * Sổ thu, nộp đảng phí: a branch's year, a line a member on its roll with what each month's fee
 * came to, the totals of each month, and what the branch collected and handed up month by month.
 */
public record FeeBook(OrganizationSummary branch, int year, List<Line> lines, List<Long> monthTotals, long total,
                      List<MonthMoney> money, long collected, long handedUp, boolean editable) {

    public record Line(long memberId, String fullName, FeeRate rate, List<Cell> cells, long total, long unpaid) {
    }

    /**
     * A member's month: off the branch's roll, exempt, paid, excused, unpaid (its meeting finalized
     * without the fee: the months the removal review counts), or open (not collected yet).
     */
    public record Cell(YearMonth period, State state, Long amount, LocalDate paidOn, String reason) {
    }

    public enum State {
        OFF_ROLL, EXEMPT, PAID, EXCUSED, UNPAID, OPEN
    }
}
