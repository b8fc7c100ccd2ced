package vn.chibo.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.security.AccessPolicy;

/**
 * Opens a meeting for reading or writing, asking {@link AccessPolicy}: staff above the branch and
 * its secretary read; members of the branch read finalized meetings; only the branch's own
 * secretary (or deputy) writes, and only while the meeting is not finalized.
 */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    MeetingAccess(MeetingRepository meetings, OrganizationService organizations, AccessPolicy access,
                  EntityManager entityManager, ApplicationEventPublisher events) {
        this.events = events;
        this.entityManager = entityManager;
        this.meetings = meetings;
        this.organizations = organizations;
        this.access = access;
    }

    /** A meeting opened, with its branch and the committees above it. */
    record Opened(Meeting meeting, Trail trail) {

        OrganizationSummary branch() {
            return trail.node();
        }
    }

    Opened read(long meetingId) {
        Meeting meeting = meetings.findWithAgenda(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        return read(meeting, organizations.trail(meeting.getBranchId()));
    }

    /** The same check for a meeting already found with its branch. */
    Opened read(Meeting meeting, Trail trail) {
        OrganizationSummary branch = trail.node();
        boolean memberReadsFinal = meeting.isLocked() && access.isMemberOf(branch.id());
        if (!memberReadsFinal) {
            access.requireView(branch.path());
        }
        return new Opened(meeting, trail);
    }

    /** For a write: the branch's own secretary, an open meeting, and the version the form was opened on. */
    Opened write(long meetingId, long seenVersion) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        Trail trail = organizations.trail(meeting.getBranchId());
        access.requireEditBranch(trail.node().path());
        meeting.requireOpen();
        meeting.requireVersion(seenVersion);
        // Any change to the meeting, its agenda or its attendance counts as a change of the meeting,
        // so that a second person's save from an older page is refused, not silently merged.
        entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        events.publishEvent(new MeetingChanged(meeting.getBranchId(), meeting.getPeriod()));
        return new Opened(meeting, trail);
    }

    /** Before looking at what was typed: only the branch's secretary writes, and only while it is open. */
    void requireWritable(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        access.requireEditBranch(organizations.get(meeting.getBranchId()).path());
        meeting.requireOpen();
    }

    boolean canEdit(OrganizationSummary branch) {
        return access.canEditBranch(branch.path());
    }

    boolean canReopen(OrganizationSummary branch) {
        return access.canSupervise(branch.path());
    }

    /** Tells listeners (the dashboards' summary) that the branch's month changed. */
    void changed(Meeting meeting) {
        events.publishEvent(new MeetingChanged(meeting.getBranchId(), meeting.getPeriod()));
    }

    void requireSupervisor(OrganizationSummary branch) {
        if (!access.canSupervise(branch.path())) {
            throw new AccessDeniedException("only staff above the branch reopen");
        }
    }
}
