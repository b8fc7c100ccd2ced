package vn.chibo.demo;

import java.time.LocalDate;
import java.time.YearMonth;

/** A fictional member of the demo district, while it is being generated. */
final class DemoPerson {

    final long id;
    final long branchId;
    final String fullName;
    final boolean male;
    final String role;
    LocalDate birthDate;
    LocalDate admittedOn;
    LocalDate fullMembershipOn;
    String jobTitle;
    boolean leadershipPost;
    LocalDate exemptFrom;
    LocalDate leftOn;
    boolean chronicAbsentee;
    YearMonth disciplinedIn;
    String username;

    DemoPerson(long id, long branchId, String fullName, boolean male, String role) {
        this.id = id;
        this.branchId = branchId;
        this.fullName = fullName;
        this.male = male;
        this.role = role;
    }

    String cardNumber() {
        return String.format("52%06d", id);
    }

    boolean probationary() {
        return fullMembershipOn == null;
    }

    /** Full member during the given month (probationary members do not vote). */
    boolean fullIn(YearMonth period) {
        return fullMembershipOn != null && !fullMembershipOn.isAfter(period.atEndOfMonth());
    }

    boolean onRollIn(YearMonth period) {
        return !admittedOn.isAfter(period.atEndOfMonth()) && (leftOn == null || !leftOn.isBefore(period.atDay(1)));
    }

    boolean exemptIn(YearMonth period) {
        return exemptFrom != null && !exemptFrom.isAfter(period.atEndOfMonth());
    }
}
