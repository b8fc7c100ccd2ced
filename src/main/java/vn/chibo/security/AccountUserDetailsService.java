package vn.chibo.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
        String scopePath = account.getOrganizationId() == null ? null
                : accounts.organizationPath(account.getOrganizationId()).orElse(null);
        boolean nonLocked = !account.isLocked() && !account.isTemporarilyLocked(clock.instant());
        return new ChiboUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), nonLocked, account.getRoles(),
                account.getMemberId(), member == null ? null : member.getBranchId(),
                member == null ? account.getUsername() : member.getFullName(),
                account.getOrganizationId(), scopePath, account.mustChangePassword(), account.securityStamp());
    }
}
