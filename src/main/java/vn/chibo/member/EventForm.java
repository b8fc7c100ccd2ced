package vn.chibo.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One change in a member's party life, as the committee above records it; each kind uses some fields. */
class EventForm {
    @NotNull
    private MemberEventKind kind;
    @NotNull
    private LocalDate occurredOn;
    @Size(max = 60)
    private String decisionNumber;
    @Size(max = 1000)
    private String note;
    @Size(max = 64)
    private String branchCode;
    private BranchRole role;
    private LocalDate endsOn;
    @Size(max = 300)
    private String place;
    private boolean confirmEarly;

    public MemberEventKind getKind() {
        return kind;
    }

    public void setKind(MemberEventKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public BranchRole getRole() {
        return role;
    }

    public void setRole(BranchRole role) {
        this.role = role;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isConfirmEarly() {
        return confirmEarly;
    }

    public void setConfirmEarly(boolean confirmEarly) {
        this.confirmEarly = confirmEarly;
    }
}
