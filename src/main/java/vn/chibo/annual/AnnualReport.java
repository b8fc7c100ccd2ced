package vn.chibo.annual;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import vn.chibo.member.MemberCommendations;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.rating.RatingLevel;

/** The year-end classification of a subtree: members, the quota per grassroots organization, branches. */
public record AnnualReport(OrganizationSummary node, List<OrganizationSummary> ancestors, int year,
                           Page<MemberYear> members, List<Quota> quotas, int quotaPercent, Page<BranchYear> branches,
                           boolean canDecide, Long selfMemberId,
                           Map<Long, List<MemberCommendations.Item>> commendations,
                           Map<RatingLevel, Long> everyone, Map<RatingLevel, Long> leaders) {

    /** The member's commendations and criticisms of the year, month by month. */
    public List<MemberCommendations.Item> commendationsOf(MemberYear member) {
        return commendations.getOrDefault(member.id(), List.of());
    }

    /** Whether the page offers a decision on this member: never on one's own year. */
    public boolean decidable(MemberYear member) {
        return canDecide && member.proposed() != null && !Long.valueOf(member.id()).equals(selfMemberId);
    }

    /** Members of the subtree standing at a level for the year (decided, else proposed). */
    public long everyoneAt(RatingLevel level) {
        return everyone.getOrDefault(level, 0L);
    }

    /** Members holding a leadership post standing at a level for the year. */
    public long leadersAt(RatingLevel level) {
        return leaders.getOrDefault(level, 0L);
    }

    /** The levels a decision can choose, best first. */
    public List<RatingLevel> levels() {
        return List.of(RatingLevel.values());
    }

    /**
     * One member's year: the twelve finalized months, counts, the rule's proposal, the branch's
     * proposal (with its reason when it departs from the rule's) and the committee's decision if made.
     */
    public record MemberYear(long id, String fullName, String branchName, long unitId, String unitName,
                             List<RatingLevel> months, int excellent,
                             int good, int completed, int notCompleted, boolean disciplined, RatingLevel proposed,
                             RatingLevel branchProposed, String branchReason,
                             RatingLevel decided, String reason, String decidedBy) {

        /** What the committee decides from: the branch's proposal, or else the rule's. */
        public RatingLevel basis() {
            return branchProposed != null ? branchProposed : proposed;
        }

        /** The level that counts now: the decision, or else the proposal. */
        public RatingLevel standing() {
            return decided != null ? decided : basis();
        }
    }

    /** A grassroots organization's EXCELLENT and GOOD counts (decided, else proposed) and whether the quota holds. */
    public record Quota(long unitId, String unitName, long excellent, long good, boolean within) {
    }

    /** A branch's own year and its proposed level. */
    public record BranchYear(long id, String name, int held, int finalized, Integer quality, int goodOrBetterPercent,
                             RatingLevel proposed) {
    }
}
