package vn.chibo.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in a row and locks the account for a while after too many. Unknown
 * usernames are not counted (there is nothing to lock) and get the same answer as a wrong
 * password, so the login page never tells whether an account exists. The counts are kept by single
 * UPDATE statements, so logins at the same moment never collide.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, LoginProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        accounts.recordFailedLogin(username, properties.maxFailedLogins(),
                clock.instant().plus(properties.lockDuration()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ChiboUser user) {
            accounts.recordSuccessfulLogin(user.accountId(), clock.instant());
        }
    }
}
