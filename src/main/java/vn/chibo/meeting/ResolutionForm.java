package vn.chibo.meeting;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The resolution and its vote. */
class ResolutionForm extends VersionedForm {
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
