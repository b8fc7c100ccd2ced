package vn.chibo.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.audit.AuditTrail;
import vn.chibo.audit.AuditTrail.AuditLine;
import vn.chibo.audit.AuditTrail.AuditSearch;
import vn.chibo.member.MemberProfile;
import vn.chibo.member.MemberService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.ChiboUser;
import vn.chibo.security.Grant;
import vn.chibo.security.Role;
import vn.chibo.shared.Spreadsheet;

/**
 * {@code /audit}: the audit trail for administrators (the whole tree) and committee staff (their
 * subtree only), filtered by who acted, kind of change, organization, member and dates; paged, and
 * as {@code .xlsx}. An organization or member outside the reader's subtree is refused (403).
 */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final AuditExport export;
    private final AccessPolicy access;
    private final OrganizationService organizations;
    private final MemberService members;

    AuditController(AuditTrail trail, AuditExport export, AccessPolicy access, OrganizationService organizations,
                    MemberService members) {
        this.trail = trail;
        this.export = export;
        this.access = access;
        this.organizations = organizations;
        this.members = members;
    }

    @GetMapping("/audit")
    String show(@ModelAttribute("filter") AuditFilter filter, @PageableDefault(size = 50) Pageable pageable,
                Model model) {
        Asked asked = ask(filter);
        model.addAttribute("problem", asked.problem());
        model.addAttribute("lines", asked.search() == null ? Page.<AuditLine>empty(pageable)
                : trail.search(asked.search(), pageable));
        model.addAttribute("query", query(filter));
        return "oversight/audit";
    }

    @GetMapping("/audit.xlsx")
    void download(@ModelAttribute("filter") AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditSearch search = ask(filter).search();
        try (OutputStream out = Spreadsheet.download(response, "nhat-ky-thay-doi.xlsx")) {
            export.write(search, locale, out);
        }
    }

    /** The search a filter makes, or the problem that keeps it from being made (a message key). */
    private record Asked(AuditSearch search, String problem) {
    }

    /** The search the filter asks for, within what the reader oversees; refuses what lies outside. */
    private Asked ask(AuditFilter filter) {
        if (!access.overseesTrail()) {
            throw new AccessDeniedException("the audit trail is for staff and administrators");
        }
        ChiboUser user = access.currentUser();
        List<String> scope = user.hasRole(Role.ADMIN) ? null : user.grants().stream()
                .filter(grant -> grant.role() != Role.SECRETARY).map(Grant::path).toList();
        if (filter.orgOrNull() != null) {
            Optional<OrganizationSummary> node = organizations.byCode(filter.orgOrNull());
            if (node.isEmpty()) {
                return new Asked(null, "audit.error.org");
            }
            access.requireManage(node.get().path());
            scope = List.of(node.get().path());
        }
        if (filter.getMember() != null) {
            MemberProfile member = members.getVisible(filter.getMember());
            access.requireManage(member.branchPath());
        }
        if (filter.rangeReversed()) {
            return new Asked(null, "audit.error.range");
        }
        return new Asked(new AuditSearch(scope, filter.actorOrNull(), filter.kindOrNull(), filter.getMember(),
                filter.getFrom(), filter.getTo()), null);
    }

    /** The filter as a query string, for the pager's and the download's links. */
    private static String query(AuditFilter filter) {
        return UriComponentsBuilder.fromPath("")
                .queryParamIfPresent("actor", Optional.ofNullable(filter.actorOrNull()))
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kindOrNull()))
                .queryParamIfPresent("org", Optional.ofNullable(filter.orgOrNull()))
                .queryParamIfPresent("member", Optional.ofNullable(filter.getMember()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.getFrom()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.getTo()))
                .encode().build().toUriString();
    }
}
