package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.RatingsForm.ProposalRow;
import vn.chibo.rating.Proposal;
import vn.chibo.rating.RatingLevel;
import vn.chibo.rating.RatingRuleViolationException;
import vn.chibo.rating.RuleCheck;
import vn.chibo.task.TaskKind;

/** Step 6: the month's rating of every member who is not exempt, checked against the rules. */
@Controller
class RatingStepController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final RatingStep ratings;

    RatingStepController(StepPages steps, MeetingPages pages, RatingStep ratings) {
        this.steps = steps;
        this.pages = pages;
        this.ratings = ratings;
    }

    @ModelAttribute("levels")
    RatingLevel[] levels() {
        return RatingLevel.values();
    }

    @ModelAttribute("taskKinds")
    TaskKind[] taskKinds() {
        return TaskKind.values();
    }

    @ModelAttribute("commendationKinds")
    CommendationKind[] commendationKinds() {
        return CommendationKind.values();
    }

    @GetMapping("/meetings/{id}/ratings")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        List<RatingStep.Row> rows = ratings.rows(id);
        RatingsForm form = new RatingsForm();
        form.setVersion(meeting.version());
        for (RatingStep.Row row : rows) {
            form.getProposals().put(row.member().id(), new ProposalRow(
                    row.rating() == null ? null : row.rating().proposedLevel(),
                    row.rating() == null ? null : row.rating().comment(), row.commendation()));
        }
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        return steps.show(id, "ratings", model);
    }

    @PostMapping("/meetings/{id}/ratings")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") RatingsForm form, BindingResult result,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("rows", ratings.rows(id));
        List<Proposal> proposals = new ArrayList<>();
        Map<Long, RatingStep.Commendation> commendations = new LinkedHashMap<>();
        for (Map.Entry<Long, ProposalRow> entry : form.getProposals().entrySet()) {
            ProposalRow row = entry.getValue();
            proposals.add(new Proposal(entry.getKey(), row == null ? null : row.getLevel(),
                    row == null ? null : row.getComment()));
            commendations.put(entry.getKey(), row == null ? new RatingStep.Commendation(null, null)
                    : new RatingStep.Commendation(row.getCommendation(), row.getCommendationNote()));
        }
        try {
            return steps.save(id, "ratings", form, result, model, response, redirect,
                    () -> ratings.save(id, form.getVersion(), proposals, commendations));
        } catch (RatingRuleViolationException e) {
            result.reject("meeting.ratings.fixRows");
            for (Map.Entry<Long, RuleCheck> violation : e.violations().entrySet()) {
                RuleCheck.Reason reason = violation.getValue().reasons().get(0);
                result.rejectValue("proposals[" + violation.getKey() + "].level", reason.key(), reason.arguments(),
                        null);
            }
            return steps.again(id, "ratings", model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }
}
