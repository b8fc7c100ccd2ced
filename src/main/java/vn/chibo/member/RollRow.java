package vn.chibo.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a month's roll needs of a member (exempt: an exemption covered the month), read without loading the whole member: the columns
 * {@link #COLUMNS} of a row of {@code month_roll(branch, first_day)} (V1), the roll's one definition.
 */
record RollRow(long id, String fullName, BranchRole branchRole, LocalDate fullMembershipOn, boolean exempt) {

    /**
     * The columns {@link #read} needs, for a statement that selects from {@code month_roll(?, ?) r}: the
     * first of its select list, in this order ({@link #read} takes them by position, which spares the
     * driver a lookup by name for each of them on every row).
     */
    static final String COLUMNS =
            "r.id, r.full_name, r.branch_role, r.full_membership_on, r.exempt";

    /** The roll's order: Vietnamese alphabetical (the key compared byte by byte), then by id. */
    static final String ORDER = "r.sort_key collate \"C\", r.id";

    /** The row's first columns, those of {@link #COLUMNS}. */
    static RollRow read(ResultSet row) throws SQLException {
        return new RollRow(row.getLong(1), row.getString(2), BranchRole.valueOf(row.getString(3)),
                row.getObject(4, LocalDate.class), row.getBoolean(5));
    }

    public RollMember onRoll(YearMonth period) {
        boolean full = fullMembershipOn != null && !fullMembershipOn.isAfter(period.atEndOfMonth());
        return new RollMember(id, fullName, branchRole, full, exempt);
    }
}
