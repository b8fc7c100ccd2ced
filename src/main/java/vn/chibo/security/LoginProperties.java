package vn.chibo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration    how long such a lock lasts
 * @param passwordMinLength the fewest characters a new password may have
 * @param passwordMinScore  the lowest zxcvbn score (0 to 4) a new password may have
 * @param sessionLifetime   how long a session lasts after sign-in, however busy (the idle timeout is
 *                          {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("chibo.security")
record LoginProperties(int maxFailedLogins, Duration lockDuration, int passwordMinLength, int passwordMinScore,
                       Duration sessionLifetime) {

    LoginProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (passwordMinLength <= 0) {
            passwordMinLength = 10;
        }
        if (passwordMinScore <= 0) {
            passwordMinScore = 3;
        }
        if (sessionLifetime == null) {
            sessionLifetime = Duration.ofHours(12);
        }
    }
}
