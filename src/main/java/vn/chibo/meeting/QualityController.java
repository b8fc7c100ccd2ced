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

/** Step 7: the meeting-quality score in four parts. */
@Controller
class QualityController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final QualityScoring quality;

    QualityController(StepPages steps, MeetingPages pages, QualityScoring quality) {
        this.steps = steps;
        this.pages = pages;
        this.quality = quality;
    }

    @GetMapping("/meetings/{id}/quality")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        QualityForm form = new QualityForm();
        form.setVersion(meeting.version());
        form.setPreparation(meeting.quality().preparation());
        form.setAttendance(meeting.quality().attendance());
        form.setConduct(meeting.quality().conduct());
        form.setClosing(meeting.quality().closing());
        model.addAttribute("form", form);
        return steps.show(id, "quality", model);
    }

    @PostMapping("/meetings/{id}/quality")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") QualityForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return steps.save(id, "quality", form, result, model, response, redirect,
                () -> quality.score(id, form.getVersion(), form.getPreparation(), form.getAttendance(),
                        form.getConduct(), form.getClosing()));
    }
}
