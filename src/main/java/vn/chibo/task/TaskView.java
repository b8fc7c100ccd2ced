package vn.chibo.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A task as pages show it. */
public record TaskView(long id, long assigneeId, YearMonth period, Long assignedMeetingId, Long reviewedMeetingId,
                       TaskCadence cadence, TaskSource source, TaskKind kind, String title, String description,
                       LocalDate dueOn, TaskResult result, MemberProgress memberProgress, String memberNote,
                       Instant memberProgressAt) {

    public boolean open() {
        return !result.isFinal();
    }
}
