package vn.chibo.rating;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<MonthlyRating, Long> {

    List<MonthlyRating> findByBranchIdAndPeriod(long branchId, YearMonth period);

    Optional<MonthlyRating> findByMemberIdAndPeriod(long memberId, YearMonth period);

    @Query("""
            select new vn.chibo.rating.RatingHistoryRow(r.period, r.selfLevel, r.finalLevel, r.comment, r.decidedAt)
              from MonthlyRating r
             where r.memberId = :memberId
             order by r.period desc""")
    Page<RatingHistoryRow> history(long memberId, Pageable pageable);

    List<MonthlyRating> findByMemberIdAndPeriodBetween(long memberId, YearMonth from, YearMonth to);
}
