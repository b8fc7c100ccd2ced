package vn.chibo.audit;

import java.sql.Timestamp;
import java.util.List;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its record stand or fall
 * together. Every change anywhere goes through here; {@link AuditTrail} reads it back.
 */
@Service
public class AuditService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One change: {@code details} says what it was, old → new where there was an old value. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject about, String action, String details) {
        jdbc.sql("""
                        insert into audit_log (at, username, entity_type, entity_id, action, details,
                                               organization_id, member_id, meeting_id)
                        values (?, ?, ?, ?, ?, ?,
                                coalesce(?, (select branch_id from meeting where id = ?),
                                         (select branch_id from member where id = ?)), ?, ?)""")
                .params(now(), currentUsername(), about.entityType(), about.entityId(), action, details,
                        about.organizationId(), about.meetingId(), about.memberId(), about.memberId(),
                        about.meetingId())
                .update();
    }

    /** The same change of many members (an import): one line each, written in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMembers(List<Long> memberIds, String action, String details) {
        if (!memberIds.isEmpty()) {
            jdbc.sql("""
                            insert into audit_log (at, username, entity_type, entity_id, action, details,
                                                   organization_id, member_id)
                            select ?, ?, 'member', m.id, ?, ?, m.branch_id, m.id
                              from member m where m.id = any (?)""")
                    .params(now(), currentUsername(), action, details, memberIds.toArray(Long[]::new))
                    .update();
        }
    }

    /** The same change of many organizations (an import): one line each, in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOrganizations(List<Long> organizationIds, String action, String details) {
        if (!organizationIds.isEmpty()) {
            jdbc.sql("""
                            insert into audit_log (at, username, entity_type, entity_id, action, details,
                                                   organization_id)
                            select ?, ?, 'organization', id, ?, ?, id from unnest(?) as id""")
                    .params(now(), currentUsername(), action, details, organizationIds.toArray(Long[]::new))
                    .update();
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
