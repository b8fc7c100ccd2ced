package vn.chibo.organization;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/organizations/{id}")
    String show(@PathVariable long id, @PageableDefault(size = 25) Pageable pageable, Model model) {
        OrganizationSummary node = organizations.getVisible(id);
        if (node.isBranch()) {
            return "redirect:/branches/" + id;
        }
        model.addAttribute("page", organizations.page(id, pageable));
        return "organization/show";
    }
}
