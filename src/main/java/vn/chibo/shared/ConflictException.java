package vn.chibo.shared;

/**
 * The request contradicts the state of what it changes (a locked month, a finished meeting).
 * The web layer answers 409 with a page in the user's language naming {@link #messageKey()}.
 */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }

    public abstract String messageKey();
}
