package vn.chibo.help;

import java.time.LocalDate;

/** A help plan: who is helped, by whom, what the plan is, since when, and how it closed. */
public record HelpPlan(long id, long memberId, String memberName, long branchId, String branchName, long helperId,
                       String helperName, String plan, LocalDate startedOn, LocalDate closedOn, String closingNote) {

    public boolean open() {
        return closedOn == null;
    }
}
