package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/** Step 8: finalize (and lock) the meeting; district staff above the branch reopen it. */
@Controller
class FinalizeController {

    private final MeetingPages pages;
    private final MeetingFinalization finalization;

    FinalizeController(MeetingPages pages, MeetingFinalization finalization) {
        this.pages = pages;
        this.finalization = finalization;
    }

    /** The reopen form on the meeting page (shown to staff above the branch). */
    @ModelAttribute("reopen")
    ReopenForm reopenForm() {
        return new ReopenForm();
    }

    @PostMapping("/meetings/{id}/finalize")
    String finalizeMeeting(@PathVariable long id, @RequestParam long version, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        try {
            finalization.finalizeMeeting(id, version);
        } catch (MeetingIncompleteException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("missing", e.missing());
            model.addAttribute("meeting", pages.page(id));
            return "meeting/show";
        } catch (StaleMeetingException e) {
            redirect.addFlashAttribute("errorKey", "meeting.error.stale");
            return "redirect:/meetings/" + id;
        }
        redirect.addFlashAttribute("savedKey", "meeting.saved.finalize");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/reopen")
    String reopen(@PathVariable long id, @Valid @ModelAttribute("reopen") ReopenForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        finalization.requireReopenAllowed(id);
        if (!result.hasErrors()) {
            try {
                finalization.reopen(id, form.getReason());
                redirect.addFlashAttribute("savedKey", "meeting.saved.reopen");
                return "redirect:/meetings/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("meeting", pages.page(id));
        return "meeting/show";
    }
}
