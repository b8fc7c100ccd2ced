package vn.chibo.help;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/** A member's help plans (/members/{id}/help): start one, close it with a note. */
@Controller
class HelpController {

    private final HelpService help;

    HelpController(HelpService help) {
        this.help = help;
    }

    @GetMapping("/members/{id}/help")
    String show(@PathVariable long id, Model model) {
        HelpService.MemberHelp page = help.ofMember(id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("start")) {
            model.addAttribute("start", new StartForm());
        }
        if (!model.containsAttribute("close")) {
            model.addAttribute("close", new CloseForm());
        }
        return "help/member";
    }

    @PostMapping("/members/{id}/help")
    String start(@PathVariable long id, @ModelAttribute("start") StartForm form, BindingResult result, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        help.requireSecretaryOf(id);
        if (!result.hasErrors()) {
            try {
                help.start(id, form.getHelperId(), form.getPlan());
                redirect.addFlashAttribute("savedKey", "help.started");
                return "redirect:/members/" + id + "/help";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("startRefused", true);
        return show(id, model);
    }

    @PostMapping("/members/{member}/help/{plan}/close")
    String close(@PathVariable long member, @PathVariable long plan, @ModelAttribute("close") CloseForm form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        help.requireSecretaryOf(member);
        try {
            help.close(plan, form.getClosingNote());
            redirect.addFlashAttribute("savedKey", "help.closed");
            return "redirect:/members/" + member + "/help";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(member, model);
    }

    static final class StartForm {

        private Long helperId;
        private String plan;

        public Long getHelperId() {
            return helperId;
        }

        public void setHelperId(Long helperId) {
            this.helperId = helperId;
        }

        public String getPlan() {
            return plan;
        }

        public void setPlan(String plan) {
            this.plan = plan;
        }
    }

    static final class CloseForm {

        private String closingNote;

        public String getClosingNote() {
            return closingNote;
        }

        public void setClosingNote(String closingNote) {
            this.closingNote = closingNote;
        }
    }
}
