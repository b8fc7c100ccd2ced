package vn.chibo.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member's registry details: the everyday ones a secretary keeps, and who they are, which only the committee above corrects. */
class DetailsForm {
    @NotBlank
    @Size(max = 120)
    private String fullName;
    @NotNull
    private Gender gender;
    private LocalDate birthDate;
    @Size(max = 20)
    private String partyCardNumber;
    @Size(max = 200)
    private String jobTitle;
    private boolean leadershipPost;
    @Size(max = 20)
    private String phone;
    @Email
    @Size(max = 120)
    private String email;

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
