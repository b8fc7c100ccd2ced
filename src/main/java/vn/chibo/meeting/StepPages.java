package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/**
 * What every step's controller does the same way: show the step with the meeting around it,
 * and when a save is refused, show the form again with everything the user typed.
 */
@Component
class StepPages {

    private final MeetingPages pages;

    StepPages(MeetingPages pages) {
        this.pages = pages;
    }

    /** Shows a step: the meeting (header, progress) and the step's own model. */
    String show(long meetingId, String step, Model model) {
        MeetingPage meeting = pages.page(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("step", step);
        return "meeting/" + step;
    }

    /** Runs a save; on success goes back to the meeting's overview with a "saved" message. */
    String save(long meetingId, String step, Object form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
        pages.requireWritable(meetingId);
        if (result.hasErrors()) {
            return again(meetingId, step, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return again(meetingId, step, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (StaleMeetingException e) {
            result.reject("meeting.error.stale");
            return again(meetingId, step, model, response, HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("savedKey", "meeting.saved." + step);
        return "redirect:/meetings/" + meetingId;
    }

    String again(long meetingId, String step, Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return show(meetingId, step, model);
    }
}
