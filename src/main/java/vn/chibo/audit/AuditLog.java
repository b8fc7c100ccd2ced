package vn.chibo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change: who, when, to which entity, and what changed (old → new). */
@Entity
@Table(name = "audit_log")
class AuditLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String username;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false)
    private String action;

    private String details;

    protected AuditLog() {
    }

    AuditLog(Instant at, String username, String entityType, Long entityId, String action, String details) {
        this.at = at;
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.details = details;
    }
}
