package vn.chibo.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person with their rights: the grants given to the account, and a secretary's right over
 * their branch, which follows the member's current role in it.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        var member = account.getMemberId() == null ? null
                : accounts.memberSummary(account.getMemberId()).orElse(null);
        List<Grant> grants = new ArrayList<>();
        for (AccountRepository.GrantRow row : accounts.grants(account.getId())) {
            grants.add(new Grant(Role.valueOf(row.getRole()), row.getOrganizationId(), row.getPath()));
        }
        if (member != null && member.getLeadsBranch()) {
            grants.add(new Grant(Role.SECRETARY, member.getBranchId(), member.getBranchPath()));
        }
        String rights = accounts.standing(account.getId()).map(AccountRepository.Standing::getRights).orElse("");
        boolean nonLocked = !account.isLocked() && !account.isTemporarilyLocked(clock.instant());
        return new ChiboUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), nonLocked, account.getMemberId(),
                member == null ? null : member.getBranchId(),
                member == null ? account.getUsername() : member.getFullName(),
                grants, account.mustChangePassword(), account.securityStamp(), rights);
    }
}
