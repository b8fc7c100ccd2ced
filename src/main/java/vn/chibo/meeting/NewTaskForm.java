package vn.chibo.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.task.TaskCadence;
import vn.chibo.task.TaskKind;
import vn.chibo.task.TaskSource;

/** A task given to one member at this meeting. */
class NewTaskForm extends VersionedForm {
    @NotNull
    private Long assigneeId;
    @NotNull
    private TaskKind kind = TaskKind.PARTY;
    @NotNull
    private TaskCadence cadence = TaskCadence.MONTHLY;
    @NotNull
    private TaskSource source = TaskSource.RESOLUTION;
    @NotBlank
    @Size(max = 300)
    private String title;
    @Size(max = 2000)
    private String description;
    @NotNull
    private LocalDate dueOn;

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public TaskCadence getCadence() {
        return cadence;
    }

    public void setCadence(TaskCadence cadence) {
        this.cadence = cadence;
    }

    public TaskSource getSource() {
        return source;
    }

    public void setSource(TaskSource source) {
        this.source = source;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
