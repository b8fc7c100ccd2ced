package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Step 3: the minutes of each agenda item, plain text kept exactly as typed. */
@Controller
class MinutesController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final MinutesWriting minutes;

    MinutesController(StepPages steps, MeetingPages pages, MinutesWriting minutes) {
        this.steps = steps;
        this.pages = pages;
        this.minutes = minutes;
    }

    @GetMapping("/meetings/{id}/minutes")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        MinutesForm form = new MinutesForm();
        form.setVersion(meeting.version());
        meeting.agenda().forEach(item -> form.getMinutes().put(item.id(), item.minutes()));
        model.addAttribute("form", form);
        return steps.show(id, "minutes", model);
    }

    @PostMapping("/meetings/{id}/minutes")
    String save(@PathVariable long id, @ModelAttribute("form") MinutesForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return steps.save(id, "minutes", form, result, model, response, redirect,
                () -> minutes.write(id, form.getVersion(), form.getMinutes()));
    }
}
