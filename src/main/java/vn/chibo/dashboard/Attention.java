package vn.chibo.dashboard;

import java.time.LocalDate;

/** The rows of a small node's lists of what needs attention, named (a large node counts them by unit). */
public final class Attention {

    private Attention() {
    }

    /** A branch whose regular meeting of the month is not finalized; its status, or null without a meeting. */
    public record BranchNotFinalized(long id, String name, String meetingStatus) {
    }

    /** A member absent without a reason in {@code months} months of the year so far. */
    public record FlaggedMember(long id, String fullName, long branchId, String branchName, int months) {
    }

    /** A member rated NOT_COMPLETED for the month. */
    public record MemberNotCompleted(long id, String fullName, long branchId, String branchName) {
    }

    /** An open task past its deadline. */
    public record OverdueTask(long id, String title, LocalDate dueOn, long memberId, String fullName, long branchId,
                              String branchName) {
    }
}
