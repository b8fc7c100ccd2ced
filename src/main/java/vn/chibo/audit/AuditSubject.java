package vn.chibo.audit;

/**
 * What a change is about: the entity it changed, and the organization, member and meeting it
 * concerns, by which the trail is read back (a meeting's page, a member's page, a subtree on
 * {@code /audit}). Without an organization, the line belongs to the meeting's branch, else to the
 * member's branch.
 */
public record AuditSubject(String entityType, Long entityId, Long organizationId, Long memberId, Long meetingId) {

    public static AuditSubject of(String entityType, Long entityId) {
        return new AuditSubject(entityType, entityId, null, null, null);
    }

    public AuditSubject organization(Long id) {
        return new AuditSubject(entityType, entityId, id, memberId, meetingId);
    }

    public AuditSubject member(Long id) {
        return new AuditSubject(entityType, entityId, organizationId, id, meetingId);
    }

    public AuditSubject meeting(Long id) {
        return new AuditSubject(entityType, entityId, organizationId, memberId, id);
    }
}
