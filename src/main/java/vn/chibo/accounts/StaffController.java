package vn.chibo.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.AccountAdministration;
import vn.chibo.shared.InvalidInputException;

/**
 * {@code /organizations/{id}/staff}: who follows an organization as committee staff, named by
 * those who manage it (administrators, staff of it or above), by the account's username.
 */
@Controller
class StaffController {

    private final OrganizationService organizations;
    private final AccountAdministration administration;
    private final AccessPolicy access;
    private final JdbcClient jdbc;

    StaffController(OrganizationService organizations, AccountAdministration administration, AccessPolicy access,
                    JdbcClient jdbc) {
        this.organizations = organizations;
        this.administration = administration;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** One staff grant at the organization, with whose account it is. */
    record StaffRow(long grantId, String username, String fullName) {
    }

    private OrganizationSummary managed(long id) {
        OrganizationSummary node = organizations.getVisible(id);
        if (node.isBranch() || !access.manages(node.path())) {
            throw new AccessDeniedException("staff are named by those who manage the committee");
        }
        return node;
    }

    @GetMapping("/organizations/{id}/staff")
    String show(@PathVariable long id, Model model) {
        OrganizationSummary node = managed(id);
        List<StaffRow> staff = jdbc.sql("""
                        select g.id, a.username, m.full_name
                          from account_grant g join account a on a.id = g.account_id
                          left join member m on m.id = a.member_id
                         where g.organization_id = ? and g.role = 'DISTRICT_STAFF'
                         order by a.username""")
                .param(id).query((row, n) -> new StaffRow(row.getLong(1), row.getString(2), row.getString(3))).list();
        model.addAttribute("node", node);
        model.addAttribute("staff", staff);
        return "accounts/staff";
    }

    @PostMapping("/organizations/{id}/staff")
    String grant(@PathVariable long id, @RequestParam(defaultValue = "") String username, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        OrganizationSummary node = managed(id);
        try {
            administration.grantStaff(username, id, node.path());
            redirect.addFlashAttribute("savedKey", "staff.saved.granted");
            return "redirect:/organizations/" + id + "/staff";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errorKey", e.problems().get(0).messageKey());
            model.addAttribute("errorArguments", e.problems().get(0).arguments());
            model.addAttribute("username", username);
            return show(id, model);
        }
    }

    @PostMapping("/organizations/{id}/staff/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        OrganizationSummary node = managed(id);
        try {
            administration.revokeStaff(grantId, id, node.path());
            redirect.addFlashAttribute("savedKey", "staff.saved.revoked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("errorArguments", e.problems().get(0).arguments());
        }
        return "redirect:/organizations/" + id + "/staff";
    }
}
