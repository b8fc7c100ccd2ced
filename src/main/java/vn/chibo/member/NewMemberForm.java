package vn.chibo.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member who arrives in a branch: admitted there, or transferred in from outside the tree. */
class NewMemberForm {
    @NotNull
    private MemberEventKind arrival = MemberEventKind.ADMITTED;
    @NotBlank
    @Size(max = 120)
    private String fullName;
    @NotNull
    private Gender gender;
    private LocalDate birthDate;
    @Size(max = 20)
    private String partyCardNumber;
    @NotNull
    private LocalDate admittedOn;
    private LocalDate fullMembershipOn;
    private LocalDate arrivedOn;
    @Size(max = 300)
    private String origin;
    @Size(max = 60)
    private String decisionNumber;
    @Size(max = 200)
    private String jobTitle;
    private boolean leadershipPost;
    @Size(max = 20)
    private String phone;
    @Email
    @Size(max = 120)
    private String email;

    public MemberEventKind getArrival() {
        return arrival;
    }

    public void setArrival(MemberEventKind arrival) {
        this.arrival = arrival;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public void setPartyCardNumber(String partyCardNumber) {
        this.partyCardNumber = partyCardNumber;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }

    public LocalDate getFullMembershipOn() {
        return fullMembershipOn;
    }

    public void setFullMembershipOn(LocalDate fullMembershipOn) {
        this.fullMembershipOn = fullMembershipOn;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public void setArrivedOn(LocalDate arrivedOn) {
        this.arrivedOn = arrivedOn;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isLeadershipPost() {
        return leadershipPost;
    }

    public void setLeadershipPost(boolean leadershipPost) {
        this.leadershipPost = leadershipPost;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
