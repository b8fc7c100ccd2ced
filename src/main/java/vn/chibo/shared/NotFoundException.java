package vn.chibo.shared;

/**
 * Something the user asked for by id does not exist. The web layer answers 404 with a page in
 * the user's language; {@link #messageKey()} names what was missing.
 */
public abstract class NotFoundException extends RuntimeException {

    private final Object id;

    protected NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.id = id;
    }

    /** Message key of the missing thing, e.g. {@code error.notFound.member}. */
    public abstract String messageKey();

    public Object id() {
        return id;
    }
}
