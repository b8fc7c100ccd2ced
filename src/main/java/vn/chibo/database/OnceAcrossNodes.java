package vn.chibo.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that must happen once however many app nodes run it at the same moment, such as a scheduled
 * clean-up: the node that takes a PostgreSQL advisory lock, held for one transaction on the
 * primary, does it; the others skip this turn. (Migrations have Flyway's own lock; loading the demo
 * and creating the first administrator lock their table and find the work done.)
 */
@Component
public class OnceAcrossNodes {

    private static final Logger log = LoggerFactory.getLogger(OnceAcrossNodes.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    OnceAcrossNodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the work if no other node is running the job of this name now; whether it ran here. */
    public boolean run(String job, Runnable work) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('chibo:' || :job))")
                    .param("job", job).query(Boolean.class).single();
            if (!mine) {
                log.debug("{}: another node is running it", job);
                return false;
            }
            work.run();
            return true;
        }));
    }
}
