package vn.chibo.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit log inside the caller's transaction, so a change and its record stand or fall together. */
@Service
public class AuditService {

    private final AuditLogRepository log;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditService(AuditLogRepository log, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, String details) {
        log.save(new AuditLog(clock.instant(), currentUsername(), entityType, entityId, action, details));
    }

    /** The same change of many rows (an import): one line each, written in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String entityType, List<Long> entityIds, String action, String details) {
        if (entityIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into audit_log (at, username, entity_type, entity_id, action, details)
                        select ?, ?, ?, id, ?, ? from unnest(?) as id""")
                .params(java.sql.Timestamp.from(clock.instant()), currentUsername(), entityType, action, details,
                        entityIds.toArray(Long[]::new))
                .update();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
