package vn.chibo.member;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chibo.audit.AuditTrail;
import vn.chibo.security.AccessPolicy;

/**
 * {@code /members/{id}/changes}: the changes to a member's ratings, attendance, party history and
 * account, for staff above the branch and its secretary; a member reads the changes to their own
 * ratings.
 */
@Controller
class MemberChangesController {

    private final MemberService members;
    private final AccessPolicy access;
    private final AuditTrail trail;

    MemberChangesController(MemberService members, AccessPolicy access, AuditTrail trail) {
        this.members = members;
        this.access = access;
        this.trail = trail;
    }

    @GetMapping("/members/{id}/changes")
    String show(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Model model) {
        MemberProfile member = members.getVisible(id);
        boolean whole = access.canReadTrail(member.branchPath());
        if (!whole && !Long.valueOf(id).equals(access.currentUser().memberId())) {
            throw new AccessDeniedException("member " + id + ": the trail is read at supervision level");
        }
        model.addAttribute("member", member);
        model.addAttribute("ratingsOnly", !whole);
        model.addAttribute("lines", trail.ofMember(id, !whole, pageable));
        return "member/changes";
    }
}
