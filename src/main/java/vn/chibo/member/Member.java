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

/** Đảng viên: a person in exactly one branch at a time. */
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

    @Version
    private long version;

    protected Member() {
    }

    Member(long branchId, String fullName, Gender gender, LocalDate admittedOn, BranchRole branchRole) {
        this.branchId = branchId;
        rename(fullName);
        this.gender = Objects.requireNonNull(gender);
        this.admittedOn = Objects.requireNonNull(admittedOn);
        this.status = MembershipStatus.PROBATIONARY;
        this.branchRole = Objects.requireNonNull(branchRole);
    }

    void rename(String newName) {
        this.fullName = Objects.requireNonNull(newName).strip();
        this.sortKey = VietnameseNames.sortKey(this.fullName);
    }

    Long getId() {
        return id;
    }
}
