package vn.chibo.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Kỷ luật: the form, the body that decided it, its decision number, date and reason. */
class DisciplineRecordForm {
    @NotNull
    private DisciplineForm form;
    @NotBlank
    @Size(max = 200)
    private String decidingBody;
    @NotBlank
    @Size(max = 60)
    private String decisionNumber;
    @NotNull
    private LocalDate decidedOn;
    @Size(max = 1000)
    private String reason;

    public DisciplineForm getForm() {
        return form;
    }

    public void setForm(DisciplineForm form) {
        this.form = form;
    }

    public String getDecidingBody() {
        return decidingBody;
    }

    public void setDecidingBody(String decidingBody) {
        this.decidingBody = decidingBody;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
