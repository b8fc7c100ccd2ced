package vn.chibo.branch;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.BranchMonths;
import vn.chibo.meeting.MeetingRulesProperties;
import vn.chibo.meeting.MonthCell;
import vn.chibo.member.MemberRow;
import vn.chibo.member.MemberHistory;
import vn.chibo.help.HelpPlan;
import vn.chibo.help.HelpService;
import vn.chibo.member.MemberService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.PilotInfo;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;

/** The branch page: who is in it, whether it is in the pilot, and how its last months went. */
@Service
@Transactional(readOnly = true)
class BranchService {

    private final OrganizationService organizations;
    private final MemberService members;
    private final BranchMonths months;
    private final AccessPolicy access;
    private final MeetingRulesProperties rules;
    private final MemberHistory history;
    private final HelpService help;

    BranchService(OrganizationService organizations, MemberService members, BranchMonths months, AccessPolicy access,
                  MeetingRulesProperties rules, MemberHistory history, HelpService help) {
        this.help = help;
        this.organizations = organizations;
        this.members = members;
        this.months = months;
        this.access = access;
        this.rules = rules;
        this.history = history;
    }

    BranchPage page(long branchId, Pageable pageable) {
        Trail trail = organizations.visibleBranchTrail(branchId);
        OrganizationSummary branch = trail.node();
        Page<MemberRow> roster = members.roster(branch, pageable);
        long fullMembers = members.countFullMembers(branchId);
        return new BranchPage(branch, organizations.visible(trail.ancestors()),
                organizations.pilotOf(branchId).orElse(null), roster, fullMembers,
                rules.minFullMembers(), rules.committeeFrom(), months.lastMonths(branchId),
                access.canEditBranch(branch.path()),
                access.administersAccounts(branch.path()), history.mayAddMembers(branch),
                organizations.mayChange(branch), help.openInBranch(branchId));
    }

    record BranchPage(OrganizationSummary branch, List<OrganizationSummary> ancestors, PilotInfo pilot,
                      Page<MemberRow> members, long fullMembers, int minFullMembers, int committeeFrom,
                      List<MonthCell> months, boolean editable, boolean administersAccounts,
                      boolean addsMembers, boolean manages, List<HelpPlan> helped) {

        /** Fewer full members than a branch needs (chibo.meeting.min-full-members). */
        public boolean tooFewFullMembers() {
            return fullMembers < minFullMembers;
        }

        /** Enough full members to elect a branch committee (chibo.meeting.committee-from). */
        public boolean electsCommittee() {
            return fullMembers >= committeeFrom;
        }

        /** This month, the last of the cells. */
        public MonthCell thisMonth() {
            return months.get(months.size() - 1);
        }
    }
}
