package vn.chibo.commitment;

import jakarta.servlet.http.HttpServletResponse;
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

/** {@code /me/commitments}: the logged-in member writes and reads their commitments of a year. */
@Controller
class CommitmentController {

    private final CommitmentService commitments;

    CommitmentController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @ModelAttribute("kinds")
    CommitmentKind[] kinds() {
        return CommitmentKind.values();
    }

    @GetMapping("/me/commitments")
    String show(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", commitments.mine(year));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CommitmentForm());
        }
        return "me/commitments";
    }

    @PostMapping("/me/commitments")
    String add(@ModelAttribute("form") CommitmentForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                commitments.add(form.getKind(), form.getText());
                redirect.addFlashAttribute("savedKey", "commitment.added");
                return "redirect:/me/commitments";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(null, model);
    }

    @PostMapping("/me/commitments/{id}/delete")
    String remove(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            commitments.remove(id);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusedKey", e.problems().get(0).messageKey());
            return show(null, model);
        }
        redirect.addFlashAttribute("savedKey", "commitment.removed");
        return "redirect:/me/commitments";
    }

    static final class CommitmentForm {

        private CommitmentKind kind;
        private String text;

        public CommitmentKind getKind() {
            return kind;
        }

        public void setKind(CommitmentKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
