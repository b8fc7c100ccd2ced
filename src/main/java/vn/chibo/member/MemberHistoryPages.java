package vn.chibo.member;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;

/** What the history page and the forms beside it show. */
@Service
@Transactional(readOnly = true)
class MemberHistoryPages {

    /** Branches offered as transfer destinations (the code can always be typed). */
    private static final int DESTINATIONS = 500;

    private final MemberService members;
    private final MemberReads reads;
    private final MemberHistory history;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    MemberHistoryPages(MemberService members, MemberReads reads, MemberHistory history,
                       OrganizationService organizations, AccessPolicy access) {
        this.members = members;
        this.reads = reads;
        this.history = history;
        this.organizations = organizations;
        this.access = access;
    }

    HistoryPage history(long memberId) {
        MemberProfile member = members.getVisible(memberId);
        return new HistoryPage(member, trail(member), reads.history(memberId), reads.stints(memberId),
                access.manages(member.branchPath()) && member.active(), mayEditDetails(member));
    }

    /** A form for one change: only for the committee above the member's branch. */
    EventPage eventPage(long memberId) {
        MemberProfile member = members.getVisible(memberId);
        access.requireManage(member.branchPath());
        return new EventPage(member, trail(member), organizations.managedBranches(DESTINATIONS));
    }

    DetailsPage detailsPage(long memberId) {
        MemberProfile member = members.getVisible(memberId);
        if (!mayEditDetails(member)) {
            throw new AccessDeniedException("not the member's secretary or committee");
        }
        return new DetailsPage(member, trail(member), access.manages(member.branchPath()));
    }

    NewMemberPage newMemberPage(long branchId) {
        Trail trail = organizations.visibleBranchTrail(branchId);
        if (!history.mayAddMembers(trail.node())) {
            throw new AccessDeniedException("members are added by the committee above or the branch's secretary");
        }
        List<OrganizationSummary> nodes = new ArrayList<>(organizations.visible(trail.ancestors()));
        nodes.add(trail.node());
        return new NewMemberPage(trail.node(), nodes);
    }

    private boolean mayEditDetails(MemberProfile member) {
        return member.active() && (access.manages(member.branchPath()) || access.canEditBranch(member.branchPath()));
    }

    private List<OrganizationSummary> trail(MemberProfile member) {
        Trail found = organizations.trail(member.branchId());
        List<OrganizationSummary> nodes = new ArrayList<>(organizations.visible(found.ancestors()));
        if (organizations.canView(found.node())) {
            nodes.add(found.node());
        }
        return nodes;
    }

    record HistoryPage(MemberProfile member, List<OrganizationSummary> trail, List<MemberReads.HistoryEntry> entries,
                       List<MemberReads.Stint> stints, boolean recordsChanges, boolean editsDetails) {

        /** The changes the committee records here, in the order a life goes. */
        public List<MemberEventKind> kinds() {
            return java.util.Arrays.stream(MemberEventKind.values()).filter(MemberEventKind::recordedLater).toList();
        }
    }

    record EventPage(MemberProfile member, List<OrganizationSummary> trail, List<OrganizationSummary> destinations) {
    }

    record DetailsPage(MemberProfile member, List<OrganizationSummary> trail, boolean identity) {
    }

    record NewMemberPage(OrganizationSummary branch, List<OrganizationSummary> trail) {
    }
}
