package vn.chibo.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

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
