package vn.chibo.pilot;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * {@code /branches/{id}/pilot}: a pilot branch's plan for a year, its solutions and the committee's review;
 * {@code /organizations/{id}/pilot}: every pilot branch's plan under a committee.
 */
@Controller
class PilotPlanController {

    private final PilotPlanService plans;

    PilotPlanController(PilotPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/branches/{id}/pilot")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", plans.plan(id, year));
        if (!model.containsAttribute("solution")) {
            model.addAttribute("solution", new SolutionForm());
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm());
        }
        return "pilot/plan";
    }

    @GetMapping("/organizations/{id}/pilot")
    String list(@PathVariable long id, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", plans.list(id, year, page));
        return "pilot/list";
    }

    @PostMapping("/branches/{id}/pilot")
    String add(@PathVariable long id, @ModelAttribute("solution") SolutionForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        plans.requireSecretary(id);
        if (!result.hasErrors()) {
            try {
                plans.add(id, form.getArea(), form.getSolution(), form.getTarget());
                redirect.addFlashAttribute("savedKey", "pilot.added");
                return "redirect:/branches/" + id + "/pilot";
            } catch (InvalidInputException e) {
                // A refusal of the whole plan (not enrolled, reviewed) shows above it, where the form may be gone.
                e.problems().stream().filter(problem -> problem.field() == null).findFirst()
                        .ifPresent(problem -> refused(model, problem));
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(id, null, model);
    }

    @PostMapping("/branches/{id}/pilot/{solution}/delete")
    String remove(@PathVariable long id, @PathVariable long solution, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        plans.requireSecretary(id);
        try {
            plans.remove(id, solution);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            refused(model, e.problems().get(0));
            return show(id, null, model);
        }
        redirect.addFlashAttribute("savedKey", "pilot.removed");
        return "redirect:/branches/" + id + "/pilot";
    }

    private static void refused(Model model, Problem problem) {
        model.addAttribute("refusedKey", problem.messageKey());
        model.addAttribute("refusedArguments", problem.arguments());
    }

    @PostMapping("/branches/{id}/pilot/review")
    String review(@PathVariable long id, @RequestParam int year, @ModelAttribute("review") ReviewForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        plans.requireReviewer(id);
        try {
            plans.review(id, year, form.getStatus(), form.getNote(), form.getRecognized(), form.getRecognitionNote());
            redirect.addFlashAttribute("savedKey", "pilot.reviewed");
            redirect.addAttribute("year", year);
            return "redirect:/branches/" + id + "/pilot";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("reviewRefused", true);
        return show(id, year, model);
    }

    static final class SolutionForm {

        private PilotArea area;
        private String solution;
        private String target;

        public PilotArea getArea() {
            return area;
        }

        public void setArea(PilotArea area) {
            this.area = area;
        }

        public String getSolution() {
            return solution;
        }

        public void setSolution(String solution) {
            this.solution = solution;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }

    /** The committee's review: a status and a note for each solution (by id), and the recognition. */
    static final class ReviewForm {

        private Map<Long, SolutionStatus> status = new HashMap<>();
        private Map<Long, String> note = new HashMap<>();
        private Boolean recognized;
        private String recognitionNote;

        public Map<Long, SolutionStatus> getStatus() {
            return status;
        }

        public void setStatus(Map<Long, SolutionStatus> status) {
            this.status = status;
        }

        public Map<Long, String> getNote() {
            return note;
        }

        public void setNote(Map<Long, String> note) {
            this.note = note;
        }

        public Boolean getRecognized() {
            return recognized;
        }

        public void setRecognized(Boolean recognized) {
            this.recognized = recognized;
        }

        public String getRecognitionNote() {
            return recognitionNote;
        }

        public void setRecognitionNote(String recognitionNote) {
            this.recognitionNote = recognitionNote;
        }
    }
}
