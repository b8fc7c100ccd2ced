package vn.chibo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.ChiboUser;
import vn.chibo.security.Grant;
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
        for (Grant grant : user.grants()) {
            if (grant.organizationId() != null) {
                return (grant.role() == Role.SECRETARY ? "redirect:/branches/" : "redirect:/organizations/")
                        + grant.organizationId();
            }
        }
        if (user.hasRole(Role.ADMIN)) {
            return "redirect:/organizations";
        }
        if (user.memberId() != null) {
            return "redirect:/me";
        }
        return "home/no-start-page";
    }
}
