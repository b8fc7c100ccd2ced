package vn.chibo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.ChiboUser;
import vn.chibo.security.Role;

/** Sends each person to where their work starts. */
@Controller
class HomeController {

    private final AccessPolicy access;

    HomeController(AccessPolicy access) {
        this.access = access;
    }

    @GetMapping("/")
    String home() {
        ChiboUser user = access.currentUser();
        if ((user.hasRole(Role.DISTRICT_STAFF) || user.hasRole(Role.ADMIN)) && user.scopeOrganizationId() != null) {
            return "redirect:/organizations/" + user.scopeOrganizationId();
        }
        if (user.hasRole(Role.SECRETARY) && user.scopeOrganizationId() != null) {
            return "redirect:/branches/" + user.scopeOrganizationId();
        }
        if (user.memberId() != null) {
            return "redirect:/me";
        }
        return "home/no-start-page";
    }
}
