package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The branch's meetings in a span of months, for month-by-month overviews. */
    @Query("""
            select new vn.chibo.meeting.MeetingOverview(m.id, m.period, m.kind, m.status, m.heldOn)
              from Meeting m
             where m.branchId = :branchId and m.period between :from and :to
             order by m.period, m.heldOn""")
    List<MeetingOverview> overview(long branchId, YearMonth from, YearMonth to);
}
