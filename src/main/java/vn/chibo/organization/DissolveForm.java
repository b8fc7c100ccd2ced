package vn.chibo.organization;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Giải thể: the day the organization is dissolved. */
class DissolveForm {
    @NotNull
    private LocalDate dissolvedOn;

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public void setDissolvedOn(LocalDate dissolvedOn) {
        this.dissolvedOn = dissolvedOn;
    }
}
