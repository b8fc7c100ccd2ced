package vn.chibo.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reopening finalized minutes needs a reason, which goes into the audit log. */
class ReopenForm {
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
