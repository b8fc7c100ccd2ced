package vn.chibo.fee;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A member's fee for one month as the book has it: paid (amount, day, the branch that collected it
 * and the meeting, if any), or not paid for a reason the branch accepted.
 */
public record FeeMonth(long memberId, YearMonth period, long branchId, Long meetingId, LocalDate paidOn, Long amount,
                       String reason) {

    public boolean paid() {
        return paidOn != null;
    }
}
