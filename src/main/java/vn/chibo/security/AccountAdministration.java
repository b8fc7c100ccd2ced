package vn.chibo.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.shared.InvalidInputException;

/**
 * Other people's accounts, for administrators and committee staff: a member's account with a
 * one-time password, a new one-time password, disabling and enabling. The caller has checked
 * that the member or account lies in the user's part of the tree ({@link #requireAdministers});
 * every change is audited.
 */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccessPolicy access;
    private final AuditService audit;

    AccountAdministration(AccountRepository accounts, PasswordEncoder encoder, AccessPolicy access, AuditService audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
    }

    /** A username and the one-time password it was given, shown once. */
    public record Slip(String fullName, String username, String password) implements Serializable {
    }

    /** Administrators everywhere, committee staff under their organization; nobody else. */
    public void requireAdministers(String path) {
        if (!access.administersAccounts(path)) {
            throw new AccessDeniedException("accounts are administered by staff of the committee above");
        }
    }

    /** A member's account (role MEMBER) with a one-time password; the username must be free. */
    @Transactional
    public Slip createForMember(long memberId, String fullName, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("usernames[" + memberId + "]", "accounts.error.username");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new InvalidInputException("usernames[" + memberId + "]", "accounts.error.taken", name);
        }
        if (accounts.existsByMemberId(memberId)) {
            throw new InvalidInputException("usernames[" + memberId + "]", "accounts.error.hasAccount");
        }
        String password = OneTimePasswords.next();
        Account account = accounts.save(Account.forMember(name, encoder.encode(password), memberId));
        audit.record(AuditSubject.of("account", account.getId()).member(memberId), "created", "member " + memberId + ", username " + name);
        return new Slip(fullName, name, password);
    }

    /** A new one-time password: the old one stops working and the account's sessions end. */
    @Transactional
    public Slip reset(long accountId, String fullName) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        String password = OneTimePasswords.next();
        account.resetPassword(encoder.encode(password));
        audit.record(AuditSubject.of("account", accountId).member(account.getMemberId()), "password.reset", null);
        return new Slip(fullName, account.getUsername(), password);
    }

    /** Disabled, the account signs in no more and its open sessions end at their next request. */
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        if (account.getId().equals(access.currentUser().accountId()) && !enabled) {
            throw new InvalidInputException(null, "accounts.error.self");
        }
        if (account.setEnabled(enabled)) {
            audit.record(AuditSubject.of("account", accountId).member(account.getMemberId()),
                    enabled ? "enabled" : "disabled", null);
        }
    }

    /**
     * A member who left the party's tree (transferred out, died, removed, expelled) signs in no more:
     * their account, if any, is disabled in the transaction of the change, and its sessions end.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void disableForMember(long memberId) {
        accounts.findByMemberId(memberId).filter(account -> account.setEnabled(false))
                .ifPresent(account -> audit.record(AuditSubject.of("account", account.getId()).member(memberId), "disabled", "member " + memberId + " left"));
    }

    /**
     * Gives the account with this username the role of committee staff over an organization the
     * current user manages (never above or beside their own); audited.
     */
    @Transactional
    public void grantStaff(String username, long organizationId, String organizationPath) {
        if (!access.manages(organizationPath)) {
            throw new AccessDeniedException("staff are named by those who manage the organization");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name)
                .orElseThrow(() -> new InvalidInputException("username", "staff.error.noAccount", name));
        if (accounts.grant(account.getId(), Role.DISTRICT_STAFF.name(), organizationId) == 0) {
            throw new InvalidInputException("username", "staff.error.already", name);
        }
        audit.record(AuditSubject.of("account", account.getId()).organization(organizationId), "granted", "DISTRICT_STAFF of organization " + organizationId);
    }

    /** Takes a staff grant back; nobody takes back their own. */
    @Transactional
    public void revokeStaff(long grantId, long organizationId, String organizationPath) {
        if (!access.manages(organizationPath)) {
            throw new AccessDeniedException("staff are named by those who manage the organization");
        }
        Long accountId = accounts.staffGrantHolder(grantId, organizationId)
                .orElseThrow(() -> new AccountNotFoundException(grantId));
        if (accountId == access.currentUser().accountId()) {
            throw new InvalidInputException(null, "staff.error.self");
        }
        accounts.revoke(grantId);
        audit.record(AuditSubject.of("account", accountId).organization(organizationId), "revoked", "DISTRICT_STAFF of organization " + organizationId);
    }

    /** The member an account belongs to, to check whose part of the tree it lies in. */
    @Transactional(readOnly = true)
    public Long memberOf(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId)).getMemberId();
    }
}
