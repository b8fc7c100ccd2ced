package vn.chibo.member;

import java.time.LocalDate;
import java.time.YearMonth;

/** What a month's roll needs of a member, read without loading the whole member. */
record RollRow(long id, String fullName, BranchRole branchRole, LocalDate fullMembershipOn, boolean exempt,
               LocalDate exemptFrom, LocalDate exemptUntil) {

    RollMember onRoll(YearMonth period) {
        boolean full = fullMembershipOn != null && !fullMembershipOn.isAfter(period.atEndOfMonth());
        return new RollMember(id, fullName, branchRole, full, isExemptIn(period));
    }

    /** Exempt from activity (miễn sinh hoạt) during the given month. */
    private boolean isExemptIn(YearMonth period) {
        if (!exempt) {
            return false;
        }
        boolean started = exemptFrom == null || !exemptFrom.isAfter(period.atEndOfMonth());
        boolean notEnded = exemptUntil == null || !exemptUntil.isBefore(period.atDay(1));
        return started && notEnded;
    }
}
