package vn.chibo.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chibo.audit.AuditTrail;
import vn.chibo.security.AccessPolicy;

/** {@code /meetings/{id}/changes}: "Lịch sử thay đổi", every change to the meeting, newest first. */
@Controller
class MeetingChangesController {

    private final MeetingPages pages;
    private final AccessPolicy access;
    private final AuditTrail trail;

    MeetingChangesController(MeetingPages pages, AccessPolicy access, AuditTrail trail) {
        this.pages = pages;
        this.access = access;
        this.trail = trail;
    }

    @GetMapping("/meetings/{id}/changes")
    String show(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Model model) {
        MeetingPage meeting = pages.page(id);
        if (!access.canReadTrail(meeting.branch().path())) {
            throw new AccessDeniedException("meeting " + id + ": the trail is read at supervision level");
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("lines", trail.ofMeeting(id, pageable));
        return "meeting/changes";
    }
}
