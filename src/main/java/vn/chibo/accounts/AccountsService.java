package vn.chibo.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.MemberNotFoundException;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccountAdministration;
import vn.chibo.security.AccountAdministration.Slip;
import vn.chibo.security.AccountNotFoundException;
import vn.chibo.shared.InvalidInputException;

/** A branch's members and their accounts, for the staff of the committees above it. */
@Service
class AccountsService {

    private final OrganizationService organizations;
    private final AccountAdministration administration;
    private final JdbcClient jdbc;

    AccountsService(OrganizationService organizations, AccountAdministration administration, JdbcClient jdbc) {
        this.organizations = organizations;
        this.administration = administration;
        this.jdbc = jdbc;
    }

    /** A member of the branch (on its roll today) and their account, if any. */
    record MemberAccount(long memberId, String fullName, String partyCardNumber, Long accountId, String username,
                         Boolean enabled, Boolean mustChangePassword) {

        /** The username offered for a new account: {@code dv.<party card number>}. */
        String suggestedUsername() {
            return "dv." + (partyCardNumber == null ? String.valueOf(memberId) : partyCardNumber.strip());
        }
    }

    record BranchAccounts(OrganizationSummary branch, Page<MemberAccount> members) {

        public boolean anyWithoutAccount() {
            return members.stream().anyMatch(member -> member.accountId() == null);
        }
    }

    @Transactional(readOnly = true)
    BranchAccounts page(long branchId, Pageable pageable) {
        OrganizationSummary branch = administered(branchId);
        long total = jdbc.sql("select count(*) from member where branch_id = ? and left_on is null")
                .param(branchId).query(Long.class).single();
        List<MemberAccount> rows = jdbc.sql("""
                select m.id as member_id, m.full_name, m.party_card_number, a.id as account_id, a.username, a.enabled,
                       a.must_change_password
                  from member m left join account a on a.member_id = m.id
                 where m.branch_id = ? and m.left_on is null
                 order by m.sort_key, m.id limit ? offset ?""")
                .params(branchId, pageable.getPageSize(), pageable.getOffset()).query(MemberAccount.class).list();
        return new BranchAccounts(branch, new PageImpl<>(rows, pageable, total));
    }

    /**
     * Accounts for the given members of the branch, each with the username typed for it and a
     * one-time password: all of them, or none when one is refused.
     */
    @Transactional
    List<Slip> create(long branchId, Map<Long, String> usernames) {
        administered(branchId);
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, full_name from member where branch_id = ? and left_on is null and id = any(?)")
                .params(branchId, usernames.keySet().toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        List<Slip> slips = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (Map.Entry<Long, String> entry : usernames.entrySet()) {
            String name = names.get(entry.getKey());
            if (name == null) {
                throw new MemberNotFoundException(entry.getKey());
            }
            try {
                slips.add(administration.createForMember(entry.getKey(), name, entry.getValue()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return slips;
    }

    @Transactional
    Slip reset(long branchId, long accountId) {
        administered(branchId);
        return administration.reset(accountId, memberName(branchId, memberOf(accountId)));
    }

    @Transactional
    void setEnabled(long branchId, long accountId, boolean enabled) {
        administered(branchId);
        memberName(branchId, memberOf(accountId));
        administration.setEnabled(accountId, enabled);
    }

    /** The branch, when the user administers its accounts. */
    @Transactional(readOnly = true)
    OrganizationSummary branch(long branchId) {
        return administered(branchId);
    }

    private OrganizationSummary administered(long branchId) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        administration.requireAdministers(branch.path());
        return branch;
    }

    private long memberOf(long accountId) {
        Long member = administration.memberOf(accountId);
        if (member == null) {
            throw new AccountNotFoundException(accountId);
        }
        return member;
    }

    /** The member's name, when the member is on this branch's roll; else the member is not found here. */
    private String memberName(long branchId, long memberId) {
        return jdbc.sql("select full_name from member where id = ? and branch_id = ? and left_on is null")
                .params(memberId, branchId).query(String.class).optional()
                .orElseThrow(() -> new MemberNotFoundException(memberId));
    }
}
