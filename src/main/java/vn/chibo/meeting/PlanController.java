package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.PlanForm.AgendaRow;
import vn.chibo.meeting.MeetingPlanning.AgendaLine;
import vn.chibo.meeting.MeetingPlanning.Plan;

/** Step 1: kind, date and times, place, chair, recorder, and the agenda. */
@Controller
class PlanController {

    /** Empty lines offered under the agenda for new items. */
    static final int NEW_AGENDA_LINES = 2;

    private final StepPages steps;
    private final MeetingPages pages;
    private final MeetingPlanning planning;

    PlanController(StepPages steps, MeetingPages pages, MeetingPlanning planning) {
        this.steps = steps;
        this.pages = pages;
        this.planning = planning;
    }

    @ModelAttribute("directives")
    Object directives() {
        return pages.directives();
    }

    @GetMapping("/meetings/{id}/plan")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        PlanForm form = new PlanForm();
        form.setVersion(meeting.version());
        form.setKind(meeting.kind());
        form.setHeldOn(meeting.heldOn());
        form.setStartsAt(meeting.startsAt());
        form.setEndsAt(meeting.endsAt());
        form.setLocation(meeting.location());
        form.setChairId(meeting.chairId());
        form.setRecorderId(meeting.recorderId());
        for (MeetingPage.AgendaView item : meeting.agenda()) {
            form.getAgenda().add(new AgendaRow(item.id(), item.title(), item.position() + 1,
                    Set.copyOf(item.directiveIds())));
        }
        addEmptyLines(form);
        model.addAttribute("form", form);
        return steps.show(id, "plan", model);
    }

    @PostMapping("/meetings/{id}/plan")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String view = steps.save(id, "plan", form, result, model, response, redirect, () -> planning.plan(id,
                form.getVersion(), new Plan(form.getKind(), form.getHeldOn(), form.getStartsAt(), form.getEndsAt(),
                        form.getLocation(), form.getChairId(), form.getRecorderId(),
                        form.getAgenda().stream().map(row -> new AgendaLine(row.getId(), row.getTitle(),
                                row.getPosition(), row.isRemove(), row.getDirectiveIds())).toList())));
        if (!view.startsWith("redirect:")) {
            addEmptyLines(form);
        }
        return view;
    }

    private static void addEmptyLines(PlanForm form) {
        long empty = form.getAgenda().stream().filter(row -> row.getId() == null
                && (row.getTitle() == null || row.getTitle().isBlank())).count();
        int next = form.getAgenda().size();
        for (long i = empty; i < NEW_AGENDA_LINES; i++) {
            form.getAgenda().add(new AgendaRow(null, null, ++next, Set.of()));
        }
    }
}
