package vn.chibo.member;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    /** The branch's current members in Vietnamese order: given name, then the rest. */
    @Query("""
            select new vn.chibo.member.MemberRow(m.id, m.fullName, m.status, m.branchRole, m.jobTitle,
                                                 m.exempt, m.leadershipPost)
              from Member m
             where m.branchId = :branchId and m.leftOn is null
             order by m.sortKey, m.id""")
    Page<MemberRow> roster(long branchId, Pageable pageable);

    @Query("""
            select count(m) from Member m
             where m.branchId = :branchId and m.leftOn is null and m.status = vn.chibo.member.MembershipStatus.FULL""")
    long countFullMembers(long branchId);
}
