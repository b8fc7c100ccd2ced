package vn.chibo.annual;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.rating.RatingLevel;
import vn.chibo.shared.InvalidInputException;

/** {@code /branches/{id}/year-end}: the branch's year-end review, a form for each member. */
@Controller
class BranchYearEndController {

    private final BranchYearEndService yearEnd;

    BranchYearEndController(BranchYearEndService yearEnd) {
        this.yearEnd = yearEnd;
    }

    @GetMapping("/branches/{id}/year-end")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", yearEnd.page(id, year));
        return "annual/branch";
    }

    @PostMapping("/branches/{id}/year-end/{memberId}")
    String propose(@PathVariable long id, @PathVariable long memberId, @RequestParam int year,
                   @ModelAttribute ProposalForm form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        yearEnd.requireSecretary(id);
        try {
            yearEnd.propose(id, memberId, year, form.getLevel(), form.getReason(), form.getKept());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errorMemberId", memberId);
            model.addAttribute("errorKey", e.problems().get(0).messageKey());
            model.addAttribute("errorArguments", e.problems().get(0).arguments());
            model.addAttribute("typed", form);
            return show(id, year, model);
        }
        redirect.addFlashAttribute("savedKey", "yearEnd.saved");
        redirect.addAttribute("year", year);
        return "redirect:/branches/" + id + "/year-end#member-" + memberId;
    }

    /** One member's proposal: the level, the reason, and for each commitment (by id) whether it was kept. */
    static final class ProposalForm {

        private RatingLevel level;
        private String reason;
        private Map<Long, Boolean> kept = new HashMap<>();

        public RatingLevel getLevel() {
            return level;
        }

        public void setLevel(RatingLevel level) {
            this.level = level;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Map<Long, Boolean> getKept() {
            return kept;
        }

        public void setKept(Map<Long, Boolean> kept) {
            this.kept = kept;
        }
    }
}
