package vn.chibo.member;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.commitment.Commitment;
import vn.chibo.commitment.CommitmentService;
import vn.chibo.fee.FeeBookService;
import vn.chibo.fee.FeeRulesProperties;
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
    private final FeeBookService fees;
    private final FeeRulesProperties feeRules;
    private final CommitmentService commitments;
    private final Clock clock;

    MemberPageService(MemberService members, OrganizationService organizations, RatingHistory ratings,
                      MemberReads reads, AccessPolicy access, MemberCommendations commendations,
                      FeeBookService fees, FeeRulesProperties feeRules, CommitmentService commitments, Clock clock) {
        this.commitments = commitments;
        this.commendations = commendations;
        this.fees = fees;
        this.feeRules = feeRules;
        this.clock = clock;
        this.members = members;
        this.organizations = organizations;
        this.ratings = ratings;
        this.reads = reads;
        this.access = access;
    }

    /** The page, with the party fees and commitments of {@code feeYear} (this year when none or a year to come). */
    MemberPage page(long memberId, Pageable pageable, Integer feeYear) {
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
        int thisYear = Year.now(clock).getValue();
        int year = feeYear == null || feeYear > thisYear || feeYear < 2000 ? thisYear : feeYear;
        FeeBookService.MemberFees memberFees = fees.ofMember(memberId, year);
        return new MemberPage(member, trail, branchVisible, history, reads.stints(memberId), editsDetails,
                commendations.of(memberId), memberFees, feeRules.flags(memberFees.unpaid().size()),
                commitments.of(memberId, year));
    }

    record MemberPage(MemberProfile member, List<OrganizationSummary> trail, boolean branchVisible,
                      Page<RatingHistory.MonthRating> ratings, List<MemberReads.Stint> stints, boolean editsDetails,
                      List<MemberCommendations.Item> commendations, FeeBookService.MemberFees fees,
                      boolean unpaidFeeFlag, List<Commitment> commitments) {
    }
}
