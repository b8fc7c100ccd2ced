package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Step 5: the resolution and its vote; probationary members do not count. */
@Controller
class ResolutionController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final ResolutionRecording resolutions;

    ResolutionController(StepPages steps, MeetingPages pages, ResolutionRecording resolutions) {
        this.steps = steps;
        this.pages = pages;
        this.resolutions = resolutions;
    }

    @GetMapping("/meetings/{id}/resolution")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        ResolutionForm form = new ResolutionForm();
        form.setVersion(meeting.version());
        if (meeting.resolution().recorded()) {
            form.setText(meeting.resolution().text());
            form.setVotesFor(meeting.resolution().votesFor());
            form.setVotesAgainst(meeting.resolution().votesAgainst());
            form.setVotesOther(meeting.resolution().votesOther());
        }
        model.addAttribute("form", form);
        return steps.show(id, "resolution", model);
    }

    @PostMapping("/meetings/{id}/resolution")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ResolutionForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return steps.save(id, "resolution", form, result, model, response, redirect,
                () -> resolutions.record(id, form.getVersion(), form.getText(), form.getVotesFor(),
                        form.getVotesAgainst(), form.getVotesOther()));
    }
}
