package vn.chibo.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.chibo.shared.VietnameseNames;

/**
 * Đảng viên: a person in exactly one branch at a time. Who they are and their everyday details are
 * written here; their branch, status, role, exemption and leaving are what their history says
 * ({@link MemberEvent}), written by the database from it.
 */
@Entity
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(name = "party_group_id")
    private Long partyGroupId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "party_card_number", unique = true)
    private String partyCardNumber;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "full_membership_on")
    private LocalDate fullMembershipOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_role", nullable = false)
    private BranchRole branchRole;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "leadership_post")
    private boolean leadershipPost;

    private boolean exempt;

    @Column(name = "exempt_from")
    private LocalDate exemptFrom;

    @Column(name = "exempt_until")
    private LocalDate exemptUntil;

    @Column(name = "left_on")
    private LocalDate leftOn;

    private String phone;

    private String email;

    @Version
    private long version;

    protected Member() {
    }

    /**
     * A member arriving in a branch on their admission date, probationary, without a role: their
     * history (an arrival event, then any recognition) says the rest, and member_history_replay
     * writes it here.
     */
    Member(long branchId, String fullName, Gender gender, LocalDate birthDate, String partyCardNumber,
           LocalDate admittedOn) {
        this.branchId = branchId;
        rename(fullName);
        this.gender = Objects.requireNonNull(gender);
        this.birthDate = birthDate;
        this.partyCardNumber = blankToNull(partyCardNumber);
        this.admittedOn = Objects.requireNonNull(admittedOn);
        this.status = MembershipStatus.PROBATIONARY;
        this.branchRole = BranchRole.MEMBER;
    }

    /** Who the member is: corrected by the committee above only. */
    void correctIdentity(String fullName, Gender gender, LocalDate birthDate, String partyCardNumber) {
        rename(fullName);
        this.gender = Objects.requireNonNull(gender);
        this.birthDate = birthDate;
        this.partyCardNumber = blankToNull(partyCardNumber);
    }

    /** The everyday details a secretary keeps. */
    void updateEveryday(String jobTitle, boolean leadershipPost, String phone, String email) {
        this.jobTitle = blankToNull(jobTitle);
        this.leadershipPost = leadershipPost;
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void rename(String newName) {
        this.fullName = Objects.requireNonNull(newName).strip();
        this.sortKey = VietnameseNames.sortKey(this.fullName);
    }

    Long getId() {
        return id;
    }
}
