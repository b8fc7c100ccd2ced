package vn.chibo.shared;

import java.util.List;

/**
 * What the user typed breaks a rule only the service can check (a chair who is not a secretary,
 * an excused absence without a reason). Controllers put each problem on its form field and show
 * the form again with everything the user typed.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** {@code field} is the form's property path, or null for the form as a whole. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }
}
