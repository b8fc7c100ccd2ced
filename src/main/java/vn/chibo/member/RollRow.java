package vn.chibo.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a month's roll needs of a member, read without loading the whole member: the columns
 * {@link #COLUMNS} of a row of {@code month_roll(branch, first_day)} (V17), the roll's one definition.
 */
public record RollRow(long id, String fullName, BranchRole branchRole, LocalDate fullMembershipOn, boolean exempt,
                      LocalDate exemptFrom, LocalDate exemptUntil) {

    /** The columns {@link #read} needs, for a statement that selects from {@code month_roll(?, ?) r}. */
    public static final String COLUMNS =
            "r.id, r.full_name, r.branch_role, r.full_membership_on, r.exempt, r.exempt_from, r.exempt_until";

    /** The roll's order: Vietnamese alphabetical, then by id. */
    public static final String ORDER = "r.sort_key, r.id";

    public static RollRow read(ResultSet row) throws SQLException {
        return new RollRow(row.getLong("id"), row.getString("full_name"),
                BranchRole.valueOf(row.getString("branch_role")),
                row.getObject("full_membership_on", LocalDate.class), row.getBoolean("exempt"),
                row.getObject("exempt_from", LocalDate.class), row.getObject("exempt_until", LocalDate.class));
    }

    public RollMember onRoll(YearMonth period) {
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
