package vn.chibo.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organization renamed, its code or the place name of its documents changed, or moved under another parent (by its code). */
class EditForm {
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]+")
    private String code;
    @Size(max = 64)
    private String parentCode;
    @Size(max = 100)
    private String place;

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
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

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
