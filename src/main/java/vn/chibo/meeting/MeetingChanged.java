package vn.chibo.meeting;

import java.time.YearMonth;

/**
 * A meeting of a branch changed (planned, recorded, rated, finalized or reopened). Published in
 * the transaction of the change, so listeners that keep figures derived from meetings can bring
 * them up to date before it commits.
 */
public record MeetingChanged(long branchId, YearMonth period) {
}
