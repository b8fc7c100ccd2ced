package vn.chibo.annual;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.rating.RatingLevel;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.Spreadsheet;

/** {@code /reports/annual}: the year-end classification of a subtree, its decisions and its export. */
@Controller
class AnnualController {

    private final AnnualService annual;
    private final AnnualExport export;

    AnnualController(AnnualService annual, AnnualExport export) {
        this.annual = annual;
        this.export = export;
    }

    @GetMapping("/reports/annual")
    String show(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int bpage,
                Model model) {
        model.addAttribute("report", annual.report(org, year, page, bpage));
        return "annual/show";
    }

    @PostMapping("/reports/annual/decide")
    String decide(@RequestParam long org, @RequestParam int year, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "0") int bpage, @RequestParam long memberId, @RequestParam(required = false) RatingLevel level,
                  @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            annual.decide(memberId, year, level, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("report", annual.report(org, year, page, bpage));
            model.addAttribute("errorMemberId", memberId);
            model.addAttribute("errorKey", e.problems().get(0).messageKey());
            model.addAttribute("typedLevel", level);
            model.addAttribute("typedReason", reason);
            return "annual/show";
        }
        redirect.addFlashAttribute("savedKey", "annual.saved");
        redirect.addAttribute("org", org);
        redirect.addAttribute("year", year);
        redirect.addAttribute("page", page);
        redirect.addAttribute("bpage", bpage);
        return "redirect:/reports/annual";
    }

    @GetMapping("/reports/annual/export.xlsx")
    void export(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Locale locale,
                HttpServletResponse response) throws IOException {
        OrganizationSummary node = annual.node(org);
        int y = annual.year(year);
        export.write(annual.memberYears(node.path(), y), y, locale,
                Spreadsheet.download(response, "xep-loai-nam-" + node.code() + "-" + y + ".xlsx"));
    }
}
