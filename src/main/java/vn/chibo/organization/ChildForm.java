package vn.chibo.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new organization under one the user manages: its kind (a branch's kind too), name and code. */
class ChildForm {
    @NotNull
    private OrganizationKind kind;
    private BranchKind branchKind;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]+")
    private String code;

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public BranchKind getBranchKind() {
        return branchKind;
    }

    public void setBranchKind(BranchKind branchKind) {
        this.branchKind = branchKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
