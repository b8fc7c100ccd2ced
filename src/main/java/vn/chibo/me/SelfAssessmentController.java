package vn.chibo.me;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.commitment.CommitmentService;
import vn.chibo.me.MeForms.SelfAssessmentForm;
import vn.chibo.member.MemberProfile;
import vn.chibo.rating.RatingLevel;
import vn.chibo.rating.RatingLockedException;
import vn.chibo.rating.RatingRow;
import vn.chibo.rating.RatingService;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/** Tự đánh giá: the member's own view of a month, beside the year's commitments, until the month's meeting is finalized. */
@Controller
class SelfAssessmentController {

    private final MeService me;
    private final RatingService ratings;
    private final CommitmentService commitments;

    SelfAssessmentController(MeService me, RatingService ratings, CommitmentService commitments) {
        this.me = me;
        this.ratings = ratings;
        this.commitments = commitments;
    }

    @ModelAttribute("levels")
    RatingLevel[] levels() {
        return RatingLevel.values();
    }

    @GetMapping("/me/self-assessment/{period}")
    String show(@PathVariable YearMonth period, Model model) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        ratings.mine(period).ifPresent(row -> {
            form.setLevel(row.selfLevel());
            form.setText(row.selfText());
        });
        model.addAttribute("form", form);
        return show(period, model, form);
    }

    private String show(YearMonth period, Model model, SelfAssessmentForm form) {
        RatingRow row = ratings.mine(period).orElse(null);
        MemberProfile member = me.me();
        model.addAttribute("member", member);
        model.addAttribute("commitments", commitments.of(member.id(), period.getYear()));
        model.addAttribute("period", period);
        model.addAttribute("rating", row);
        model.addAttribute("editable", ratings.canAssessSelf(period));
        model.addAttribute("future", period.isAfter(me.currentMonth()));
        return "me/self-assessment";
    }

    @PostMapping("/me/self-assessment/{period}")
    String save(@PathVariable YearMonth period, @Valid @ModelAttribute("form") SelfAssessmentForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ratings.assessSelf(period, form.getLevel(), form.getText());
                redirect.addFlashAttribute("savedKey", "selfAssessment.saved");
                return "redirect:/me";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (RatingLockedException e) {
                result.reject(e.messageKey());
                response.setStatus(HttpStatus.CONFLICT.value());
                return show(period, model, form);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(period, model, form);
    }
}
