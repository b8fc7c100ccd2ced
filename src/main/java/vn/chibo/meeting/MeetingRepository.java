package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("""
            select m from Meeting m
             where m.branchId = :branchId and m.period = :period
               and m.kind in (vn.chibo.meeting.MeetingKind.REGULAR, vn.chibo.meeting.MeetingKind.COMBINED)""")
    Optional<Meeting> findRegular(long branchId, YearMonth period);

    /** The month's regular meeting with its agenda and the agenda's directives, in one statement. */
    @Query("""
            select m from Meeting m left join fetch m.agenda a left join fetch a.directives
             where m.branchId = :branchId and m.period = :period
               and m.kind in (vn.chibo.meeting.MeetingKind.REGULAR, vn.chibo.meeting.MeetingKind.COMBINED)""")
    Optional<Meeting> findRegularWithAgenda(long branchId, YearMonth period);

    /** The regular meetings of two months with their agendas (titles only), in one statement. */
    @Query("""
            select m from Meeting m left join fetch m.agenda
             where m.branchId = :branchId and m.period in (:first, :second)
               and m.kind in (vn.chibo.meeting.MeetingKind.REGULAR, vn.chibo.meeting.MeetingKind.COMBINED)
             order by m.period""")
    List<Meeting> regularWithAgenda(long branchId, YearMonth first, YearMonth second);

    /** A meeting with its agenda and the agenda's directives, in one statement: what its pages show. */
    @Query("select m from Meeting m left join fetch m.agenda a left join fetch a.directives where m.id = :id")
    Optional<Meeting> findWithAgenda(long id);

    @Query("""
            select m from Meeting m
             where m.branchId = :branchId and m.status = vn.chibo.meeting.MeetingStatus.FINALIZED
               and m.resolutionText is not null
             order by m.period desc, m.id desc""")
    List<Meeting> finalizedWithResolution(long branchId, Pageable pageable);

    @Query("select min(m.period) from Meeting m where m.branchId = :branchId")
    Optional<YearMonth> firstPeriod(long branchId);
}
