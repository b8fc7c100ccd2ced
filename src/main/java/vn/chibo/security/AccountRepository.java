package vn.chibo.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByMemberId(long memberId);

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

    /** Whether there is any account at all (none on a new installation). */
    @Query(value = "select exists (select 1 from account)", nativeQuery = true)
    boolean anyAccount();

    /** What a session checks on every request: whether its account still stands as it signed in. */
    @Query(value = "select a.enabled as enabled, a.security_stamp as securityStamp from account a where a.id = :id",
            nativeQuery = true)
    Optional<Standing> standing(long id);

    interface Standing {
        boolean getEnabled();

        long getSecurityStamp();
    }

    /** The tree path of an account's organization: the root of what it may see. */
    @Query(value = "select path from organization where id = :organizationId", nativeQuery = true)
    Optional<String> organizationPath(long organizationId);

    /** The member's name and branch, shown in the page header and used for "own branch" checks. */
    @Query(value = """
            select m.full_name as fullName, m.branch_id as branchId
              from member m where m.id = :memberId""", nativeQuery = true)
    Optional<MemberSummary> memberSummary(long memberId);

    interface MemberSummary {
        String getFullName();

        Long getBranchId();
    }
}
