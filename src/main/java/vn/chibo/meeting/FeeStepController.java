package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.fee.FeeService;

/** Thu đảng phí: who paid for which months at the meeting, and how much, or why not. */
@Controller
class FeeStepController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final FeeCollecting fees;

    FeeStepController(StepPages steps, MeetingPages pages, FeeCollecting fees) {
        this.steps = steps;
        this.pages = pages;
        this.fees = fees;
    }

    @ModelAttribute("fees")
    List<FeeService.Line> fees(@PathVariable long id) {
        return fees.lines(id);
    }

    @GetMapping("/meetings/{id}/fees")
    String show(@PathVariable long id, Model model) {
        FeeStepForm form = new FeeStepForm();
        form.setVersion(pages.page(id).version());
        model.addAttribute("form", form);
        return steps.show(id, "fees", model);
    }

    @PostMapping("/meetings/{id}/fees")
    String save(@PathVariable long id, @ModelAttribute("form") FeeStepForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return steps.save(id, "fees", form, result, model, response, redirect,
                () -> fees.collect(id, form.getVersion(), form.toEntries()));
    }

    @PostMapping("/meetings/{id}/fees/all")
    String payAllToDate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            int paid = fees.payAllToDate(id, version);
            redirect.addFlashAttribute("savedKey", "meeting.saved.feesAll");
            redirect.addFlashAttribute("feesPaidCount", paid);
        } catch (StaleMeetingException e) {
            redirect.addFlashAttribute("errorKey", "meeting.error.stale");
        }
        return "redirect:/meetings/" + id + "/fees";
    }
}
