package vn.chibo.organization;

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
import org.hibernate.annotations.Generated;
import vn.chibo.shared.VietnameseNames;

/**
 * A node of the party tree. Its {@code path} (ids from the root, {@code /1/7/42/}) is written
 * by the database on insert and on a move, never by the application.
 */
@Entity
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_kind")
    private BranchKind branchKind;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Column(nullable = false, unique = true)
    private String code;

    @Generated
    @Column(insertable = false, updatable = false)
    private String path;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    /** The place name of its documents' date line; null: the one of the organization above. */
    private String place;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(Long parentId, OrganizationKind kind, BranchKind branchKind, String name, String code) {
        if ((kind == OrganizationKind.BRANCH) != (branchKind != null)) {
            throw new IllegalArgumentException("a branch, and only a branch, has a branch kind");
        }
        this.parentId = parentId;
        this.kind = Objects.requireNonNull(kind);
        this.branchKind = branchKind;
        rename(name, code);
    }

    /** A new name and code; the name's sort key follows. */
    void rename(String name, String code) {
        this.name = Objects.requireNonNull(name).strip();
        this.sortKey = VietnameseNames.collationKey(this.name);
        this.code = Objects.requireNonNull(code).strip();
    }

    /** A new place name for the date line; blank: the one of the organization above. Returns the previous one. */
    String placeAt(String place) {
        String before = this.place;
        this.place = place == null || place.isBlank() ? null : place.strip();
        return before;
    }

    String getPlace() {
        return place;
    }

    /** Under another parent: the database writes the paths of the whole subtree and recounts the roll-ups. */
    void moveUnder(long parentId) {
        this.parentId = parentId;
    }

    void dissolve(LocalDate on) {
        this.dissolvedOn = Objects.requireNonNull(on);
    }

    Long getId() {
        return id;
    }

    String getPath() {
        return path;
    }
}
