package vn.chibo.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * What a new password must be (OWASP ASVS 5.0, level 2): at least {@code minLength} characters,
 * not the username nor built on it, and not common or easily guessed. The last is zxcvbn's
 * judgement (its lists of common passwords, names, words and keyboard patterns, and the user's
 * own name and username as words to avoid): a score under {@code minScore} of 4 is refused.
 */
@Component
class PasswordPolicy {

    /**
     * bcrypt reads at most 72 bytes of a password (Spring Security refuses to hash more), and
     * zxcvbn's time grows with the square of the length (a 20,000-character password took minutes).
     */
    static final int MAX_BYTES = 72;

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final LoginProperties properties;

    PasswordPolicy(LoginProperties properties) {
        this.properties = properties;
    }

    /** Whether a password is longer than bcrypt can read: such a one is never checked or hashed. */
    static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** The problems of {@code password} for the field {@code field}; none when it may be used. */
    List<Problem> check(String field, String password, String username, String displayName) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.length() < properties.passwordMinLength()) {
            problems.add(new Problem(field, "account.password.error.tooShort", properties.passwordMinLength()));
            return problems;
        }
        if (tooLong(password)) {
            problems.add(new Problem(field, "account.password.error.tooLong", MAX_BYTES));
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(field, "account.password.error.username"));
            return problems;
        }
        List<String> ownWords = new ArrayList<>(List.of(username));
        if (displayName != null) {
            ownWords.addAll(List.of(displayName.split("\\s+")));
        }
        if (zxcvbn.measure(password, ownWords).getScore() < properties.passwordMinScore()) {
            problems.add(new Problem(field, "account.password.error.guessable"));
        }
        return problems;
    }
}
