package vn.chibo.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * One right of an account over a part of the tree: {@code role} at the organization whose
 * materialized path is {@code path} (everything under it). An administrator's grant reaches the
 * whole tree; its organization, when given, is only where their pages start.
 */
public record Grant(Role role, Long organizationId, String path) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether this grant reaches the organization at {@code nodePath} (it or anything under it). */
    boolean reaches(String nodePath) {
        return role == Role.ADMIN || (path != null && nodePath != null && nodePath.startsWith(path));
    }

    /** Whether the organization at {@code nodePath} lies strictly under this grant's organization. */
    boolean reachesBelow(String nodePath) {
        return role == Role.ADMIN || (reaches(nodePath) && !nodePath.equals(path));
    }
}
