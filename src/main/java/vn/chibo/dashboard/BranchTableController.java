package vn.chibo.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.shared.Spreadsheet;

/** The branch table behind the dashboard, and its Excel export. */
@Controller
class BranchTableController {

    static final int PAGE_SIZE = 50;

    private final DashboardService dashboards;
    private final BranchTableQuery table;
    private final BranchExport export;
    private final RatingsExport ratingsExport;

    BranchTableController(DashboardService dashboards, BranchTableQuery table, BranchExport export,
                          RatingsExport ratingsExport) {
        this.ratingsExport = ratingsExport;
        this.dashboards = dashboards;
        this.table = table;
        this.export = export;
    }

    @GetMapping("/dashboard/branches")
    String show(@RequestParam(required = false) Long org, @RequestParam(required = false) YearMonth period,
                @RequestParam(required = false) Boolean pilot, @RequestParam(defaultValue = "all") String status,
                @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page,
                Model model) {
        OrganizationSummary node = dashboards.node(org);
        YearMonth month = dashboards.period(period);
        String order = BranchTableQuery.SORTS.containsKey(sort) ? sort : "name";
        model.addAttribute("node", node);
        model.addAttribute("period", month);
        model.addAttribute("pilot", pilot);
        model.addAttribute("status", status);
        model.addAttribute("sort", order);
        model.addAttribute("rows", table.page(new BranchTableQuery.Filter(node.path(), month, pilot, status, order),
                Math.max(page, 0), PAGE_SIZE));
        return "dashboard/branches";
    }

    /** Every member's rating of the month under the node. */
    @GetMapping("/dashboard/ratings/export.xlsx")
    void ratings(@RequestParam(required = false) Long org, @RequestParam(required = false) YearMonth period,
                 Locale locale, HttpServletResponse response) throws IOException {
        OrganizationSummary node = dashboards.node(org);
        YearMonth month = dashboards.period(period);
        ratingsExport.write(node.path(), month, locale, Spreadsheet.download(response,
                String.format("xep-loai-%s-%d-%02d.xlsx", node.code(), month.getYear(), month.getMonthValue())));
    }

    /** Every member's adopted level in each month of a year under the node, one row a member. */
    @GetMapping("/dashboard/ratings/year.xlsx")
    void ratingsOfYear(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                       Locale locale, HttpServletResponse response) throws IOException {
        OrganizationSummary node = dashboards.node(org);
        int chosen = dashboards.year(year);
        ratingsExport.writeYear(node.path(), chosen, locale,
                Spreadsheet.download(response, String.format("xep-loai-%s-nam-%d.xlsx", node.code(), chosen)));
    }

    @GetMapping("/dashboard/branches/export.xlsx")
    void export(@RequestParam(required = false) Long org, @RequestParam(required = false) YearMonth period,
                @RequestParam(required = false) Boolean pilot, @RequestParam(defaultValue = "all") String status,
                @RequestParam(defaultValue = "name") String sort, Locale locale, HttpServletResponse response)
            throws IOException {
        OrganizationSummary node = dashboards.node(org);
        YearMonth month = dashboards.period(period);
        export.write(new BranchTableQuery.Filter(node.path(), month, pilot, status, sort), locale,
                Spreadsheet.download(response, BranchExport.fileName(node.code(), month.atDay(1))));
    }
}
