package vn.chibo.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plan step: kind, date and times, place, chair, recorder and the agenda. */
class PlanForm extends VersionedForm {
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
}
