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
 * The logged-in person: the member they are (if any) and their grants, each a role over a part of
 * the tree ({@link Grant}). {@code rights} is the fingerprint of what the grants were read from;
 * when the database says otherwise (a role changed, a grant given or taken, an organization moved)
 * {@link AccountStandingFilter} reads the person again, so open sessions follow at once.
 */
public final class ChiboUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long accountId;
    private final String username;
    private String password;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final Long memberId;
    private final Long memberBranchId;
    private final String displayName;
    private final List<Grant> grants;
    private final boolean passwordChangeRequired;
    private final long securityStamp;
    private final String rights;

    ChiboUser(long accountId, String username, String password, boolean enabled, boolean accountNonLocked,
              Long memberId, Long memberBranchId, String displayName, List<Grant> grants,
              boolean passwordChangeRequired, long securityStamp, String rights) {
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.memberId = memberId;
        this.memberBranchId = memberBranchId;
        this.displayName = displayName;
        this.grants = List.copyOf(grants);
        this.passwordChangeRequired = passwordChangeRequired;
        this.securityStamp = securityStamp;
        this.rights = rights;
    }

    /** The same person after changing their password in this session. */
    ChiboUser withPasswordChanged(long newStamp) {
        return new ChiboUser(accountId, username, null, enabled, accountNonLocked, memberId, memberBranchId,
                displayName, grants, false, newStamp, rights);
    }

    /** Signed in with a one-time password: nothing opens until it is changed. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The account's security stamp when this session signed in. */
    long securityStamp() {
        return securityStamp;
    }

    /** The fingerprint of the rights this person was read with. */
    String rights() {
        return rights;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
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

    /** Every right this person holds over the tree (a member's sight of themself aside). */
    public List<Grant> grants() {
        return grants;
    }

    /**
     * Where this person's pages start: the organization of their first staff or administrator
     * grant, else the branch they are secretary of; null when none (a member, or an administrator
     * without an organization).
     */
    public Long homeOrganizationId() {
        return grants.stream().filter(grant -> grant.organizationId() != null)
                .map(Grant::organizationId).findFirst().orElse(null);
    }

    /** Whether this person follows part of the tree (staff, a secretary, an administrator). */
    public boolean followsTree() {
        return !grants.isEmpty();
    }

    /** Whether this person reads the audit trail of a subtree ({@code /audit}): staff, administrators. */
    public boolean overseesTrail() {
        return grants.stream().anyMatch(grant -> grant.role() != Role.SECRETARY);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.role()));
        if (memberId != null) {
            roles.add(Role.MEMBER);
        }
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
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
        return "ChiboUser[" + username + ", " + grants + "]";
    }
}
