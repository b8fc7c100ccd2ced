package vn.chibo.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person: roles, the member they are (if any) and the root of the part of the
 * tree they may see ({@code scopePath}, a materialized path such as {@code /1/7/}).
 */
public final class ChiboUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String password;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final Set<Role> roles;
    private final Long memberId;
    private final Long memberBranchId;
    private final String displayName;
    private final Long scopeOrganizationId;
    private final String scopePath;
    private final boolean passwordChangeRequired;
    private final long securityStamp;

    ChiboUser(long accountId, String username, String password, boolean enabled, boolean accountNonLocked,
              Set<Role> roles, Long memberId, Long memberBranchId, String displayName,
              Long scopeOrganizationId, String scopePath, boolean passwordChangeRequired, long securityStamp) {
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.memberId = memberId;
        this.memberBranchId = memberBranchId;
        this.displayName = displayName;
        this.scopeOrganizationId = scopeOrganizationId;
        this.scopePath = scopePath;
        this.passwordChangeRequired = passwordChangeRequired;
        this.securityStamp = securityStamp;
    }

    /** The same person after changing their password in this session. */
    ChiboUser withPasswordChanged(long newStamp) {
        return new ChiboUser(accountId, username, null, enabled, accountNonLocked, roles, memberId, memberBranchId,
                displayName, scopeOrganizationId, scopePath, false, newStamp);
    }

    /** Signed in with a one-time password: nothing opens until it is changed. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The account's security stamp when this session signed in. */
    long securityStamp() {
        return securityStamp;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public long accountId() {
        return accountId;
    }

    public Long memberId() {
        return memberId;
    }

    public Long memberBranchId() {
        return memberBranchId;
    }

    public String displayName() {
        return displayName;
    }

    public Long scopeOrganizationId() {
        return scopeOrganizationId;
    }

    public String scopePath() {
        return scopePath;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonExpired() {
        return true;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public String toString() {
        return "ChiboUser[" + username + ", " + List.copyOf(roles) + "]";
    }
}
