package vn.chibo.task;

import java.time.YearMonth;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    /** Tasks given before a month and not yet closed by a review: what the next meeting reviews. */
    @Query("""
            select t from Task t
             where t.branchId = :branchId and t.period < :period and t.reviewedMeetingId is null
             order by t.dueOn, t.id""")
    List<Task> openBefore(long branchId, YearMonth period);

    @Query("""
            select count(t) from Task t
             where t.branchId = :branchId and t.period < :period and t.reviewedMeetingId is null""")
    long countOpenBefore(long branchId, YearMonth period);

    List<Task> findByReviewedMeetingIdOrderById(Long meetingId);

    List<Task> findByAssignedMeetingIdOrderById(Long meetingId);
}
