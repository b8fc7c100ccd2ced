package vn.chibo.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A branch's enrolment in the "Chi bộ điểm toàn diện" programme. */
class PilotForm {
    @NotNull
    private LocalDate enrolledOn;
    @NotBlank
    @Size(max = 100)
    private String planReference;
    @NotNull
    private PilotStatus status = PilotStatus.ENROLLED;
    private LocalDate endedOn;

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public String getPlanReference() {
        return planReference;
    }

    public void setPlanReference(String planReference) {
        this.planReference = planReference;
    }

    public PilotStatus getStatus() {
        return status;
    }

    public void setStatus(PilotStatus status) {
        this.status = status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
