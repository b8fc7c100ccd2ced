package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.InvalidInputException;

/** A branch's meetings by month, the month's page, and opening a new meeting. */
@Controller
class MeetingController {

    private final BranchMonths branches;
    private final MeetingPages pages;
    private final MeetingPlanning planning;

    MeetingController(BranchMonths branches, MeetingPages pages, MeetingPlanning planning) {
        this.branches = branches;
        this.pages = pages;
        this.planning = planning;
    }

    /** The reopen form on the meeting page (shown to staff above the branch). */
    @ModelAttribute("reopen")
    ReopenForm reopenForm() {
        return new ReopenForm();
    }

    @GetMapping("/branches/{branchId}/meetings")
    String list(@PathVariable long branchId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", branches.months(branchId, page));
        return "meeting/list";
    }

    /** The month's regular meeting; without one, what there is of the month and a way to open it. */
    @GetMapping("/branches/{branchId}/meetings/{period}")
    String month(@PathVariable long branchId, @PathVariable YearMonth period, Model model) {
        Optional<MeetingPage> regular = pages.regularPage(branchId, period);
        if (regular.isPresent()) {
            model.addAttribute("meeting", regular.get());
            return "meeting/show";
        }
        BranchMonths.Heading heading = branches.heading(branchId);
        model.addAttribute("branch", heading.branch());
        model.addAttribute("trail", heading.trail());
        model.addAttribute("period", period);
        model.addAttribute("editable", heading.editable());
        model.addAttribute("others", pages.otherMeetings(branchId, period));
        return "meeting/month";
    }

    @PostMapping("/branches/{branchId}/meetings/{period}")
    String create(@PathVariable long branchId, @PathVariable YearMonth period,
                  @RequestParam(defaultValue = "REGULAR") MeetingKind kind, RedirectAttributes redirect) {
        try {
            long id = planning.create(branchId, period, kind);
            return "redirect:/meetings/" + id + "/plan";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.problems().get(0).messageKey());
            return "redirect:/branches/" + branchId + "/meetings/" + period;
        }
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("meeting", pages.page(id));
        return "meeting/show";
    }
}
