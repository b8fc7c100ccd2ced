package vn.chibo.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One uploaded file on its way in: read and checked (a preview), then, once confirmed, imported.
 * Its progress is the rows read or written so far; its page shows them until it is done.
 */
final class ImportJob {

    enum State { CHECKING, CHECKED, IMPORTING, IMPORTED, REFUSED }

    final String token;
    final long accountId;
    final long organizationId;
    final String fileName;
    final Path file;
    final Instant started;
    final AtomicLong rows = new AtomicLong();
    private volatile State state = State.CHECKING;
    private volatile RegistryCheck.Outcome outcome;
    private volatile String refusalKey;
    private volatile Object[] refusalArguments = new Object[0];

    ImportJob(String token, long accountId, long organizationId, String fileName, Path file, Instant started) {
        this.token = token;
        this.accountId = accountId;
        this.organizationId = organizationId;
        this.fileName = fileName;
        this.file = file;
        this.started = started;
    }

    public String token() {
        return token;
    }

    public String fileName() {
        return fileName;
    }

    /** Rows read (while checking) or written (while importing) so far. */
    public long rowsDone() {
        return rows.get();
    }

    public State state() {
        return state;
    }

    public RegistryCheck.Outcome outcome() {
        return outcome;
    }

    public String refusalKey() {
        return refusalKey;
    }

    public Object[] refusalArguments() {
        return refusalArguments;
    }

    public boolean working() {
        return state == State.CHECKING || state == State.IMPORTING;
    }

    void checked(RegistryCheck.Outcome outcome) {
        this.outcome = outcome;
        this.state = State.CHECKED;
    }

    void importing() {
        rows.set(0);
        this.state = State.IMPORTING;
    }

    void imported(RegistryCheck.Outcome outcome) {
        this.outcome = outcome;
        this.state = State.IMPORTED;
    }

    /** The file cannot be imported: why (a message key), nothing written. */
    void refused(String key, Object... arguments) {
        this.refusalKey = key;
        this.refusalArguments = arguments;
        this.state = State.REFUSED;
    }

    /** Refused after its check found problems in the rows. */
    void refused(RegistryCheck.Outcome outcome) {
        this.outcome = outcome;
        this.state = State.REFUSED;
    }
}
