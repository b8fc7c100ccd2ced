package vn.chibo.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.rating.RatingLevel;
import vn.chibo.task.TaskCadence;
import vn.chibo.task.TaskKind;
import vn.chibo.task.TaskResult;
import vn.chibo.task.TaskSource;

/**
 * The forms of a meeting's steps. Each carries the meeting's version as the page saw it, so a
 * save made over someone else's newer save is refused and the form shown again as typed.
 */
final class MeetingForms {

    private MeetingForms() {
    }

    abstract static class Versioned {
        private long version;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class PlanForm extends Versioned {
        @NotNull
        private MeetingKind kind;
        @NotNull
        private LocalDate heldOn;
        @NotNull
        private LocalTime startsAt;
        @NotNull
        private LocalTime endsAt;
        @NotBlank
        @Size(max = 300)
        private String location;
        @NotNull
        private Long chairId;
        @NotNull
        private Long recorderId;
        @Valid
        private List<AgendaRow> agenda = new ArrayList<>();

        public MeetingKind getKind() {
            return kind;
        }

        public void setKind(MeetingKind kind) {
            this.kind = kind;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public Long getChairId() {
            return chairId;
        }

        public void setChairId(Long chairId) {
            this.chairId = chairId;
        }

        public Long getRecorderId() {
            return recorderId;
        }

        public void setRecorderId(Long recorderId) {
            this.recorderId = recorderId;
        }

        public List<AgendaRow> getAgenda() {
            return agenda;
        }

        public void setAgenda(List<AgendaRow> agenda) {
            this.agenda = agenda;
        }
    }

    static class AgendaRow {
        private Long id;
        @Size(max = 300)
        private String title;
        private Integer position;
        private boolean remove;
        private Set<Long> directiveIds = new LinkedHashSet<>();

        AgendaRow() {
        }

        AgendaRow(Long id, String title, Integer position, Set<Long> directiveIds) {
            this.id = id;
            this.title = title;
            this.position = position;
            this.directiveIds = new LinkedHashSet<>(directiveIds);
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        public Set<Long> getDirectiveIds() {
            return directiveIds;
        }

        public void setDirectiveIds(Set<Long> directiveIds) {
            this.directiveIds = directiveIds == null ? new LinkedHashSet<>() : directiveIds;
        }
    }

    static class AttendanceForm extends Versioned {
        @Valid
        private Map<Long, MarkRow> marks = new LinkedHashMap<>();

        public Map<Long, MarkRow> getMarks() {
            return marks;
        }

        public void setMarks(Map<Long, MarkRow> marks) {
            this.marks = marks;
        }
    }

    static class MarkRow {
        private AttendanceStatus status;
        @Size(max = 500)
        private String reason;

        MarkRow() {
        }

        MarkRow(AttendanceStatus status, String reason) {
            this.status = status;
            this.reason = reason;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static class MinutesForm extends Versioned {
        private Map<Long, String> minutes = new LinkedHashMap<>();

        public Map<Long, String> getMinutes() {
            return minutes;
        }

        public void setMinutes(Map<Long, String> minutes) {
            this.minutes = minutes;
        }
    }

    static class TaskReviewForm extends Versioned {
        private Map<Long, TaskResult> results = new LinkedHashMap<>();

        public Map<Long, TaskResult> getResults() {
            return results;
        }

        public void setResults(Map<Long, TaskResult> results) {
            this.results = results;
        }
    }

    static class NewTaskForm extends Versioned {
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

    static class ResolutionForm extends Versioned {
        @NotBlank
        @Size(max = 10000)
        private String text;
        @NotNull
        @Min(0)
        private Integer votesFor;
        @NotNull
        @Min(0)
        private Integer votesAgainst = 0;
        @NotNull
        @Min(0)
        private Integer votesOther = 0;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getVotesFor() {
            return votesFor;
        }

        public void setVotesFor(Integer votesFor) {
            this.votesFor = votesFor;
        }

        public Integer getVotesAgainst() {
            return votesAgainst;
        }

        public void setVotesAgainst(Integer votesAgainst) {
            this.votesAgainst = votesAgainst;
        }

        public Integer getVotesOther() {
            return votesOther;
        }

        public void setVotesOther(Integer votesOther) {
            this.votesOther = votesOther;
        }
    }

    static class RatingsForm extends Versioned {
        @Valid
        private Map<Long, ProposalRow> proposals = new LinkedHashMap<>();

        public Map<Long, ProposalRow> getProposals() {
            return proposals;
        }

        public void setProposals(Map<Long, ProposalRow> proposals) {
            this.proposals = proposals;
        }
    }

    static class ProposalRow {
        private RatingLevel level;
        @Size(max = 2000)
        private String comment;

        ProposalRow() {
        }

        ProposalRow(RatingLevel level, String comment) {
            this.level = level;
            this.comment = comment;
        }

        public RatingLevel getLevel() {
            return level;
        }

        public void setLevel(RatingLevel level) {
            this.level = level;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static class QualityForm extends Versioned {
        @NotNull
        @Min(0)
        @Max(100)
        private Integer preparation;
        @NotNull
        @Min(0)
        @Max(100)
        private Integer attendance;
        @NotNull
        @Min(0)
        @Max(100)
        private Integer conduct;
        @NotNull
        @Min(0)
        @Max(100)
        private Integer closing;

        public Integer getPreparation() {
            return preparation;
        }

        public void setPreparation(Integer preparation) {
            this.preparation = preparation;
        }

        public Integer getAttendance() {
            return attendance;
        }

        public void setAttendance(Integer attendance) {
            this.attendance = attendance;
        }

        public Integer getConduct() {
            return conduct;
        }

        public void setConduct(Integer conduct) {
            this.conduct = conduct;
        }

        public Integer getClosing() {
            return closing;
        }

        public void setClosing(Integer closing) {
            this.closing = closing;
        }
    }

    static class ReopenForm {
        @NotBlank
        @Size(max = 1000)
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
