package vn.chibo.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Who may log in, and the member they are; their rights over the tree are grants ({@link Grant}). */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    private boolean locked;

    // Login bookkeeping is written only by AccountRepository's single-statement updates.
    @Column(name = "failed_login_count", insertable = false, updatable = false)
    private int failedLoginCount;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    /** The member this account belongs to (null for a pure administrator). */
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "last_login_at", insertable = false, updatable = false)
    private Instant lastLoginAt;

    /** A one-time password: it must be changed at the next sign-in before anything else opens. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    /** Moves with every change of the password; sessions signed in under another value end. */
    @Column(name = "security_stamp")
    private long securityStamp;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String username, String passwordHash, Long memberId) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.memberId = memberId;
    }

    /** A password the holder chose: the old one no longer signs in, and the account's other sessions end. */
    void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
        this.securityStamp++;
    }

    /** A member's own account, with a one-time password to be changed at the first sign-in. */
    static Account forMember(String username, String passwordHash, long memberId) {
        Account account = new Account(username, passwordHash, memberId);
        account.mustChangePassword = true;
        return account;
    }

    /** A one-time password given by staff: the old one stops working and the open sessions end. */
    void resetPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = true;
        this.securityStamp++;
    }

    /** Whether this changed anything. A disabled account's sessions end at their next request. */
    boolean setEnabled(boolean enabled) {
        boolean changed = this.enabled != enabled;
        this.enabled = enabled;
        return changed;
    }

    /** An account of no member (the first administrator's), its password to be changed at the next sign-in. */
    static Account withOneTimePassword(String username, String passwordHash) {
        Account account = new Account(username, passwordHash, null);
        account.mustChangePassword = true;
        return account;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    long securityStamp() {
        return securityStamp;
    }

    boolean isTemporarilyLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isLocked() {
        return locked;
    }

    Long getMemberId() {
        return memberId;
    }

}
