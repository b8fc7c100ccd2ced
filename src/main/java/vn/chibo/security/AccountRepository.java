package vn.chibo.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Accounts, read on the primary: signing in and the check of every signed-in request must see a
 * disabled account or a changed password at once. Their queries run outside any transaction (or in
 * the caller's read-write one), never read-only, so never on a replica; a transaction of their own
 * would cost every request a statement (BEGIN).
 */
interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByMemberId(long memberId);

    Optional<Account> findByMemberId(long memberId);

    /**
     * A successful login clears the failures and notes the time, in one statement: two logins of one
     * account at the same moment (a phone and a desk) both succeed, with no version to collide on.
     */
    @Modifying
    @Query(value = "update account set failed_login_count = 0, locked_until = null, last_login_at = :now where id = :id",
            nativeQuery = true)
    int recordSuccessfulLogin(long id, Instant now);

    /** One more failure, counted by the database so that failures at the same moment all count. */
    @Modifying
    @Query(value = """
            update account
               set locked_until = case when failed_login_count + 1 >= :maxFailures then :lockUntil else locked_until end,
                   failed_login_count = case when failed_login_count + 1 >= :maxFailures then 0
                                             else failed_login_count + 1 end
             where username = :username""", nativeQuery = true)
    int recordFailedLogin(String username, int maxFailures, Instant lockUntil);

    /** Gives the account a role over an organization (null: an administrator's whole tree); once. */
    @Modifying
    @Query(value = """
            insert into account_grant (account_id, role, organization_id)
            values (:accountId, :role, cast(:organizationId as bigint)) on conflict do nothing""", nativeQuery = true)
    int grant(long accountId, String role, Long organizationId);

    /** The account holding a staff grant at this organization. */
    @Query(value = """
            select account_id from account_grant
             where id = :grantId and organization_id = :organizationId and role = 'DISTRICT_STAFF'""", nativeQuery = true)
    Optional<Long> staffGrantHolder(long grantId, long organizationId);

    @Modifying
    @Query(value = "delete from account_grant where id = :grantId", nativeQuery = true)
    int revoke(long grantId);

    /** Whether there is any account at all (none on a new installation). */
    @Query(value = "select exists (select 1 from account)", nativeQuery = true)
    boolean anyAccount();

    /**
     * What a session checks on every request: whether its account still stands as it signed in, and
     * the fingerprint of its rights: the member's branch and role, and each grant with its
     * organization's path (a moved organization changes it too). One definition, read at sign-in and
     * on every request.
     */
    @Query(value = """
            select a.enabled as enabled, a.security_stamp as securityStamp,
                   concat_ws('|', b.path, m.branch_role, m.left_on,
                             (select string_agg(g.role || '@' || coalesce(o.path, ''), ',' order by g.id)
                                from account_grant g left join organization o on o.id = g.organization_id
                               where g.account_id = a.id)) as rights
              from account a
              left join member m on m.id = a.member_id
              left join organization b on b.id = m.branch_id
             where a.id = :id""", nativeQuery = true)
    Optional<Standing> standing(long id);

    interface Standing {
        boolean getEnabled();

        long getSecurityStamp();

        String getRights();
    }

    /** The account's granted rights with their organizations' paths, staff before administrators' order. */
    @Query(value = """
            select g.role as role, g.organization_id as organizationId, o.path as path
              from account_grant g left join organization o on o.id = g.organization_id
             where g.account_id = :accountId
             order by g.id""", nativeQuery = true)
    List<GrantRow> grants(long accountId);

    interface GrantRow {
        String getRole();

        Long getOrganizationId();

        String getPath();
    }

    /**
     * The member's name and branch, shown in the page header, and whether they lead it today (its
     * secretary or deputy, as {@code member.BranchRole.leadsBranch}): that gives a secretary's rights.
     */
    @Query(value = """
            select m.full_name as fullName, m.branch_id as branchId, b.path as branchPath,
                   (m.left_on is null and m.branch_role in ('SECRETARY', 'DEPUTY_SECRETARY')) as leadsBranch
              from member m join organization b on b.id = m.branch_id where m.id = :memberId""", nativeQuery = true)
    Optional<MemberSummary> memberSummary(long memberId);

    interface MemberSummary {
        String getFullName();

        Long getBranchId();

        String getBranchPath();

        boolean getLeadsBranch();
    }
}
