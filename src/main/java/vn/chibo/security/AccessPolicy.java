package vn.chibo.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where "who may see or change what" is decided. Every service asks it before
 * reading or writing something that belongs to a part of the tree; hiding links is only
 * courtesy. A refusal is an {@link AccessDeniedException}, answered with 403.
 *
 * <p>Organizations are identified by their materialized path ({@code /1/7/42/}): a node is in
 * someone's scope when their scope path is a prefix of the node's path.
 */
@Component
public class AccessPolicy {

    /** The logged-in user; refuses when there is none. */
    public ChiboUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ChiboUser user) {
            return user;
        }
        throw new AccessDeniedException("not logged in");
    }

    /** Whether the user may read the organization at {@code path} and everything under it. */
    public boolean canView(String path) {
        return currentUser().grants().stream().anyMatch(grant -> grant.reaches(path));
    }

    public void requireView(String path) {
        if (!canView(path)) {
            throw new AccessDeniedException("organization " + path + " is outside the user's scope");
        }
    }

    /** A member sees themself; staff and secretaries see the members of the branches in their scope. */
    public boolean canViewMember(long memberId, String branchPath) {
        ChiboUser user = currentUser();
        return (user.memberId() != null && user.memberId() == memberId) || canView(branchPath);
    }

    public void requireViewMember(long memberId, String branchPath) {
        if (!canViewMember(memberId, branchPath)) {
            throw new AccessDeniedException("member " + memberId + " is outside the user's scope");
        }
    }

    /** Whether the user is a member of the branch (members see their branch's finalized minutes). */
    public boolean isMemberOf(long branchId) {
        ChiboUser user = currentUser();
        return user.memberBranchId() != null && user.memberBranchId() == branchId;
    }

    /** The member the logged-in person is; refuses (403) an account that is not a member. */
    public long requireOwnMemberId() {
        Long memberId = currentUser().memberId();
        if (memberId == null) {
            throw new AccessDeniedException("the account is not a member");
        }
        return memberId;
    }

    /** Only the branch's own secretary or deputy records its meetings, tasks and ratings. */
    public boolean canEditBranch(String branchPath) {
        return branchPath != null && currentUser().grants().stream()
                .anyMatch(grant -> grant.role() == Role.SECRETARY && branchPath.equals(grant.path()));
    }

    public void requireEditBranch(String branchPath) {
        if (!canEditBranch(branchPath)) {
            throw new AccessDeniedException("branch " + branchPath + " is not the user's own");
        }
    }

    /** Administrators everywhere, committee staff under their organization: other people's accounts. */
    public boolean administersAccounts(String path) {
        return currentUser().grants().stream()
                .anyMatch(grant -> grant.role() != Role.SECRETARY && grant.reaches(path));
    }

    /**
     * The committee's organization work (the tree, members' party life, imports): administrators
     * everywhere, committee staff in their own subtree.
     */
    public boolean manages(String path) {
        return administersAccounts(path);
    }

    public void requireManage(String path) {
        if (!manages(path)) {
            throw new AccessDeniedException("organization " + path + " is not managed by the user");
        }
    }

    /**
     * Staff strictly above a branch (and administrators) may reopen its finalized meetings and
     * decide on annual classifications.
     */
    public boolean canSupervise(String path) {
        return path != null && currentUser().grants().stream()
                .anyMatch(grant -> grant.role() != Role.SECRETARY && grant.reachesBelow(path));
    }

    /**
     * Who reads the audit trail of a branch's meetings and members: staff above it and
     * administrators, and the branch's own secretary.
     */
    public boolean canReadTrail(String branchPath) {
        return canSupervise(branchPath) || canEditBranch(branchPath);
    }

    /** {@code /audit}: administrators, and committee staff over their own subtree. */
    public boolean overseesTrail() {
        return currentUser().overseesTrail();
    }
}
