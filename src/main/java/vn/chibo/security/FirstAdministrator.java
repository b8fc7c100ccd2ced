package vn.chibo.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * A new installation has no account. The first administrator comes from
 * {@code CHIBO_BOOTSTRAP_ADMIN_USERNAME} and {@code CHIBO_BOOTSTRAP_ADMIN_PASSWORD}, only while there
 * is no account at all, with a password to be changed at the first sign-in. Without them the app
 * starts and says, in one log line and on the login page, how to create one.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String HOW = "No account exists yet: set CHIBO_BOOTSTRAP_ADMIN_USERNAME and "
            + "CHIBO_BOOTSTRAP_ADMIN_PASSWORD and start Chibo again to create the first administrator.";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstAdministrator(AccountRepository accounts, JdbcTemplate jdbc, TransactionTemplate transaction,
                       PasswordEncoder encoder,
                       @Value("${chibo.bootstrap.admin.username:}") String username,
                       @Value("${chibo.bootstrap.admin.password:}") String password) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.encoder = encoder;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            if (!accounts.anyAccount()) {
                log.warn(HOW);
            }
            return;
        }
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            // Two nodes starting at once: the second waits here, then finds the account.
            jdbc.execute("lock table account in exclusive mode");
            if (accounts.anyAccount()) {
                return false;
            }
            Account admin = accounts.save(Account.withOneTimePassword(username, encoder.encode(password)));
            accounts.grant(admin.getId(), Role.ADMIN.name(), null);
            return true;
        }));
        if (created) {
            log.info("First administrator '{}' created; the password must be changed at the first sign-in", username);
        }
    }
}
