package vn.chibo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration    how long such a lock lasts
 */
@ConfigurationProperties("chibo.security")
record LoginProperties(int maxFailedLogins, Duration lockDuration) {

    LoginProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
