package vn.chibo.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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

    /** Members on the branch's roll that month disciplined with a decision dated within it. */
    @Query(value = """
            select distinct d.member_id from discipline d join month_roll(:branchId, :firstDay) r on r.id = d.member_id
             where d.decided_on between :firstDay and :lastDay""", nativeQuery = true)
    Set<Long> disciplined(long branchId, LocalDate firstDay, LocalDate lastDay);

    @Query("select m.id as id, m.fullName as fullName from Member m where m.id in :ids")
    List<NameRow> names(Collection<Long> ids);

    interface NameRow {
        Long getId();

        String getFullName();
    }

    @Query("""
            select count(m) from Member m
             where m.branchId = :branchId and m.leftOn is null and m.status = vn.chibo.member.MembershipStatus.FULL""")
    long countFullMembers(long branchId);
}
