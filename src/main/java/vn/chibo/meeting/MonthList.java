package vn.chibo.meeting;

import java.util.List;
import vn.chibo.organization.OrganizationSummary;

/** A page of a branch's months, newest first; a month without a regular meeting is a visible gap. */
public record MonthList(OrganizationSummary branch, List<OrganizationSummary> trail, List<MonthCell> months,
                        int page, int totalPages, boolean editable) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
