package vn.chibo.audit;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit log inside the caller's transaction, so a change and its record stand or fall together. */
@Service
public class AuditService {

    private final AuditLogRepository log;
    private final Clock clock;

    AuditService(AuditLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, String details) {
        log.save(new AuditLog(clock.instant(), currentUsername(), entityType, entityId, action, details));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
