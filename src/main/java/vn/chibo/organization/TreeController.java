package vn.chibo.organization;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/**
 * The tree as the committee builds it: {@code /organizations} (the tops, and the first one made by an
 * administrator), {@code /organizations/{id}/children/new} and {@code /organizations/{id}/manage}
 * (rename, move, dissolve, pilot enrolment, work theme).
 */
@Controller
class TreeController {

    private final TreePages pages;
    private final TreeManagement tree;
    private final Clock clock;

    TreeController(TreePages pages, TreeManagement tree, Clock clock) {
        this.pages = pages;
        this.tree = tree;
        this.clock = clock;
    }

    @GetMapping("/organizations")
    String roots(Model model) {
        TreePages.Roots roots = pages.roots();
        if (roots.roots().size() == 1 && !roots.mayCreate()) {
            return "redirect:/organizations/" + roots.roots().get(0).id();
        }
        model.addAttribute("page", roots);
        model.addAttribute("form", new ChildForm());
        return "organization/roots";
    }

    @PostMapping("/organizations")
    String createRoot(@Valid @ModelAttribute("form") ChildForm form, BindingResult result, Model model,
                      HttpServletResponse response) {
        return create(null, form, result, model, response);
    }

    @GetMapping("/organizations/{id}/children/new")
    String newChild(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.newChild(id));
        model.addAttribute("form", new ChildForm());
        return "organization/new";
    }

    @PostMapping("/organizations/{id}/children")
    String createChild(@PathVariable long id, @Valid @ModelAttribute("form") ChildForm form, BindingResult result,
                       Model model, HttpServletResponse response) {
        return create(id, form, result, model, response);
    }

    private String create(Long parentId, ChildForm form, BindingResult result, Model model,
                          HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/organizations/" + tree.create(parentId, form);
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        if (parentId == null) {
            model.addAttribute("page", pages.roots());
            return "organization/roots";
        }
        model.addAttribute("page", pages.newChild(parentId));
        return "organization/new";
    }

    @GetMapping("/organizations/{id}/manage")
    String manage(@PathVariable long id, Model model) {
        return manageWith(pages.manage(id), model);
    }

    /** The management page: each form as the organization stands, unless one came back as typed. */
    private String manageWith(TreePages.ManagePage page, Model model) {
        if (!model.containsAttribute("edit")) {
            EditForm edit = new EditForm();
            edit.setName(page.node().name());
            edit.setCode(page.node().code());
            edit.setPlace(page.place());
            model.addAttribute("edit", edit);
        }
        if (!model.containsAttribute("dissolve")) {
            model.addAttribute("dissolve", new DissolveForm());
        }
        if (!model.containsAttribute("pilot")) {
            PilotForm pilot = new PilotForm();
            if (page.pilot() != null) {
                pilot.setEnrolledOn(page.pilot().enrolledOn());
                pilot.setPlanReference(page.pilot().planReference());
                pilot.setStatus(page.pilot().status());
                pilot.setEndedOn(page.pilot().endedOn());
            }
            model.addAttribute("pilot", pilot);
        }
        if (!model.containsAttribute("theme")) {
            ThemeForm theme = new ThemeForm();
            theme.setYear(Year.now(clock).getValue());
            theme.setTheme(page.theme());
            model.addAttribute("theme", theme);
        }
        model.addAttribute("page", page);
        return "organization/manage";
    }

    @PostMapping("/organizations/{id}/manage")
    String edit(@PathVariable long id, @Valid @ModelAttribute("edit") EditForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                tree.edit(id, form);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return again(id, model, response);
    }

    @PostMapping("/organizations/{id}/dissolve")
    String dissolve(@PathVariable long id, @Valid @ModelAttribute("dissolve") DissolveForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                tree.dissolve(id, form);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return again(id, model, response);
    }

    @PostMapping("/organizations/{id}/pilot")
    String pilot(@PathVariable long id, @Valid @ModelAttribute("pilot") PilotForm form, BindingResult result,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                tree.recordPilot(id, form);
                return saved(id, redirect);
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return again(id, model, response);
    }

    @PostMapping("/organizations/{id}/theme")
    String theme(@PathVariable long id, @Valid @ModelAttribute("theme") ThemeForm form, BindingResult result,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            tree.setTheme(id, form);
            return saved(id, redirect);
        }
        return again(id, model, response);
    }

    private String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("savedKey", "organization.saved");
        return "redirect:/organizations/" + id + "/manage";
    }

    /** The page again with the form that failed as typed, and the others as they stand. */
    private String again(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return manageWith(pages.manage(id), model);
    }
}
