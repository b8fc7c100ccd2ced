package vn.chibo.member;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/**
 * A member's party life: {@code /members/{id}/history} lists it; the committee above records a
 * change beside it ({@code /members/{id}/history/new?kind=…}, a discipline at
 * {@code /members/{id}/discipline/new}); {@code /branches/{id}/members/new} adds a member;
 * {@code /members/{id}/details} keeps the registry's details.
 */
@Controller
class MemberHistoryController {

    private final MemberHistoryPages pages;
    private final MemberHistory history;

    MemberHistoryController(MemberHistoryPages pages, MemberHistory history) {
        this.pages = pages;
        this.history = history;
    }

    @GetMapping("/members/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.history(id));
        return "member/history";
    }

    @GetMapping("/members/{id}/history/new")
    String newEvent(@PathVariable long id, @RequestParam MemberEventKind kind, Model model) {
        EventForm form = new EventForm();
        form.setKind(kind);
        model.addAttribute("form", form);
        model.addAttribute("page", pages.eventPage(id));
        return "member/event";
    }

    @PostMapping("/members/{id}/history")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                history.record(id, form);
                redirect.addFlashAttribute("savedKey", "member.saved.event");
                return "redirect:/members/" + id + "/history";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("page", pages.eventPage(id));
        return "member/event";
    }

    @GetMapping("/members/{id}/discipline/new")
    String newDiscipline(@PathVariable long id, Model model) {
        model.addAttribute("form", new DisciplineRecordForm());
        model.addAttribute("page", pages.eventPage(id));
        return "member/discipline";
    }

    @PostMapping("/members/{id}/discipline")
    String discipline(@PathVariable long id, @Valid @ModelAttribute("form") DisciplineRecordForm form,
                      BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                history.discipline(id, form);
                redirect.addFlashAttribute("savedKey", "member.saved.discipline");
                return "redirect:/members/" + id + "/history";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("page", pages.eventPage(id));
        return "member/discipline";
    }

    @GetMapping("/members/{id}/details")
    String details(@PathVariable long id, Model model) {
        DetailsForm form = new DetailsForm();
        MemberHistoryPages.DetailsPage page = pages.detailsPage(id);
        MemberProfile member = page.member();
        form.setFullName(member.fullName());
        form.setGender(member.gender());
        form.setBirthDate(member.birthDate());
        form.setPartyCardNumber(member.partyCardNumber());
        form.setJobTitle(member.jobTitle());
        form.setLeadershipPost(member.leadershipPost());
        form.setPhone(member.phone());
        form.setEmail(member.email());
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        return "member/details";
    }

    @PostMapping("/members/{id}/details")
    String saveDetails(@PathVariable long id, @Valid @ModelAttribute("form") DetailsForm form, BindingResult result,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MemberHistoryPages.DetailsPage page = pages.detailsPage(id);
        // A secretary's form shows who the member is read-only; the service leaves those fields alone.
        if (!result.hasErrors()) {
            try {
                history.updateDetails(id, form);
                redirect.addFlashAttribute("savedKey", "member.saved.details");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("page", page);
        return "member/details";
    }

    @GetMapping("/branches/{branchId}/members/new")
    String newMember(@PathVariable long branchId, Model model) {
        model.addAttribute("form", new NewMemberForm());
        model.addAttribute("page", pages.newMemberPage(branchId));
        return "member/new";
    }

    @PostMapping("/branches/{branchId}/members")
    String add(@PathVariable long branchId, @Valid @ModelAttribute("form") NewMemberForm form, BindingResult result,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MemberHistoryPages.NewMemberPage page = pages.newMemberPage(branchId);
        if (!result.hasErrors()) {
            try {
                long id = history.add(branchId, form);
                redirect.addFlashAttribute("savedKey", "member.saved.added");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("page", page);
        return "member/new";
    }
}
