package vn.chibo.task;

import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    /** Tasks given before a month and not yet closed by a review: what the next meeting reviews. */
    @Query("""
            select t from Task t
             where t.branchId = :branchId and t.period < :period and t.reviewedMeetingId is null
             order by t.dueOn, t.id""")
    List<Task> openBefore(long branchId, YearMonth period);

    List<Task> findByReviewedMeetingIdOrderById(Long meetingId);

    /**
     * One member's tasks, open ones first by deadline, then the rest newest first. The open results
     * are written into the query (not a list parameter) so Hibernate keeps its translation cached.
     */
    @Query(value = """
            select t from Task t
             where t.assigneeId = :memberId
               and (:open is null or (:open = true and t.result in (vn.chibo.task.TaskResult.NOT_STARTED,
                                                                   vn.chibo.task.TaskResult.IN_PROGRESS))
                    or (:open = false and t.result not in (vn.chibo.task.TaskResult.NOT_STARTED,
                                                           vn.chibo.task.TaskResult.IN_PROGRESS)))
               and (:cadence is null or t.cadence = :cadence)
             order by case when t.result in (vn.chibo.task.TaskResult.NOT_STARTED, vn.chibo.task.TaskResult.IN_PROGRESS)
                           then 0 else 1 end, t.dueOn desc, t.id desc""",
            countQuery = """
            select count(t) from Task t
             where t.assigneeId = :memberId
               and (:open is null or (:open = true and t.result in (vn.chibo.task.TaskResult.NOT_STARTED,
                                                                   vn.chibo.task.TaskResult.IN_PROGRESS))
                    or (:open = false and t.result not in (vn.chibo.task.TaskResult.NOT_STARTED,
                                                           vn.chibo.task.TaskResult.IN_PROGRESS)))
               and (:cadence is null or t.cadence = :cadence)""")
    Page<Task> ofMember(long memberId, Boolean open, TaskCadence cadence, Pageable pageable);

    List<Task> findByAssignedMeetingIdOrderById(Long meetingId);
}
