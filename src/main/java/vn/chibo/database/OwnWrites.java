package vn.chibo.database;

import jakarta.servlet.http.HttpSession;
import java.sql.SQLException;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a person's write commits, notes in their session how far the primary's WAL had gone, so
 * that their next pages read the primary until the replica has replayed that far: whoever saves
 * sees what they saved. Noted as the transaction commits, before the answer (a redirect, say)
 * leaves, so the next request finds it. Only the application's own transactions in a request that
 * may write count (their declared transactions are named after the method; Spring Session's saving of the
 * session, which reads the session again, does not count).
 */
class OwnWrites implements TransactionExecutionListener {

    private final Replica replica;

    OwnWrites(Replica replica) {
        this.replica = replica;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (failure != null || transaction.isReadOnly() || !String.valueOf(transaction.getTransactionName()).startsWith("vn.chibo.")
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !Replica.writes(attributes.getRequest())) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session == null) {
            return;
        }
        try {
            replica.noteWrite(session);
        } catch (SQLException | IllegalStateException e) {
            // the primary did not answer just after the commit, or the session has just ended
        }
    }
}
