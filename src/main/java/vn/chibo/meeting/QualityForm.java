package vn.chibo.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The meeting-quality sheet's four parts. */
class QualityForm extends VersionedForm {
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
