package vn.chibo.member;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;

/** A member's page: the profile, the history of monthly ratings, and the commendations and criticisms. */
@Service
@Transactional(readOnly = true)
class MemberPageService {

    private final MemberService members;
    private final OrganizationService organizations;
    private final RatingHistory ratings;
    private final MemberReads reads;
    private final AccessPolicy access;
    private final MemberCommendations commendations;

    MemberPageService(MemberService members, OrganizationService organizations, RatingHistory ratings,
                      MemberReads reads, AccessPolicy access, MemberCommendations commendations) {
        this.commendations = commendations;
        this.members = members;
        this.organizations = organizations;
        this.ratings = ratings;
        this.reads = reads;
        this.access = access;
    }

    MemberPage page(long memberId, Pageable pageable) {
        MemberProfile member = members.getVisible(memberId);
        Trail found = organizations.trail(member.branchId());
        OrganizationSummary branch = found.node();
        List<OrganizationSummary> trail = new ArrayList<>(organizations.visible(found.ancestors()));
        boolean branchVisible = organizations.canView(branch);
        if (branchVisible) {
            trail.add(branch);
        }
        Page<RatingHistory.MonthRating> history = ratings.of(memberId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        boolean editsDetails = member.active()
                && (access.manages(member.branchPath()) || access.canEditBranch(member.branchPath()));
        return new MemberPage(member, trail, branchVisible, history, reads.stints(memberId), editsDetails,
                commendations.of(memberId));
    }

    record MemberPage(MemberProfile member, List<OrganizationSummary> trail, boolean branchVisible,
                      Page<RatingHistory.MonthRating> ratings, List<MemberReads.Stint> stints, boolean editsDetails,
                      List<MemberCommendations.Item> commendations) {
    }
}
