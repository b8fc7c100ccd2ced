package vn.chibo.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/** A person's own account: changing their password. */
@Service
class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditService audit;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditService audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * Changes the signed-in person's password after checking the current one and the rules; the
     * account's security stamp moves, so its other sessions end. Returns the new stamp, for the
     * session that made the change.
     */
    @Transactional
    long changeOwnPassword(ChiboUser user, PasswordForm form) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        if (form.getCurrentPassword() == null || PasswordPolicy.tooLong(form.getCurrentPassword())
                || !encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            problems.add(new Problem("currentPassword", "account.password.error.current"));
        }
        problems.addAll(policy.check("newPassword", form.getNewPassword(), account.getUsername(), user.displayName()));
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
            problems.add(new Problem("confirmation", "account.password.error.confirmation"));
        }
        if (problems.isEmpty() && encoder.matches(form.getNewPassword(), account.getPasswordHash())) {
            problems.add(new Problem("newPassword", "account.password.error.same"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(encoder.encode(form.getNewPassword()));
        accounts.saveAndFlush(account);
        audit.record(AuditSubject.of("account", account.getId()).member(account.getMemberId()), "password.changed", null);
        return account.securityStamp();
    }
}
