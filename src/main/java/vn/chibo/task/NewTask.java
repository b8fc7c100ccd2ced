package vn.chibo.task;

import java.time.LocalDate;

/** What the secretary fills in to give a member a task. */
public record NewTask(long assigneeId, TaskKind kind, TaskCadence cadence, TaskSource source, String title,
                      String description, LocalDate dueOn) {
}
