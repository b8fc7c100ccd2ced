package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.AttendanceTaking.Mark;
import vn.chibo.meeting.AttendanceForm.MarkRow;

/** Step 2: the roll call, everyone present first, then the exceptions with their reasons. */
@Controller
class AttendanceController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final AttendanceTaking attendance;

    AttendanceController(StepPages steps, MeetingPages pages, AttendanceTaking attendance) {
        this.steps = steps;
        this.pages = pages;
        this.attendance = attendance;
    }

    @ModelAttribute("statuses")
    AttendanceStatus[] statuses() {
        return AttendanceStatus.values();
    }

    @GetMapping("/meetings/{id}/attendance")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        AttendanceForm form = new AttendanceForm();
        form.setVersion(meeting.version());
        for (MeetingPage.AttendanceRow row : meeting.attendance()) {
            form.getMarks().put(row.member().id(), new MarkRow(row.status(), row.reason()));
        }
        model.addAttribute("form", form);
        return steps.show(id, "attendance", model);
    }

    @PostMapping("/meetings/{id}/attendance")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") AttendanceForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        form.getMarks().forEach((memberId, row) -> marks.put(memberId,
                row == null ? null : new Mark(row.getStatus(), row.getReason())));
        return steps.save(id, "attendance", form, result, model, response, redirect,
                () -> attendance.record(id, form.getVersion(), marks));
    }

    @PostMapping("/meetings/{id}/attendance/all-present")
    String allPresent(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            attendance.allPresent(id, version);
            redirect.addFlashAttribute("savedKey", "meeting.saved.allPresent");
        } catch (StaleMeetingException e) {
            redirect.addFlashAttribute("errorKey", "meeting.error.stale");
        }
        return "redirect:/meetings/" + id + "/attendance";
    }
}
