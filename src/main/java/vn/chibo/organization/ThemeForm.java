package vn.chibo.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee's yearly work theme (chủ đề công tác năm). */
class ThemeForm {
    @NotNull
    @Min(1930)
    @Max(2200)
    private Integer year;
    @NotBlank
    @Size(max = 1000)
    private String theme;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
