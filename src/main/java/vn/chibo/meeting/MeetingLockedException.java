package vn.chibo.meeting;

import vn.chibo.shared.ConflictException;

/** A finalized meeting (and its month) is locked until district staff reopen it. */
public class MeetingLockedException extends ConflictException {

    public MeetingLockedException(long meetingId) {
        super("meeting " + meetingId + " is finalized");
    }

    @Override
    public String messageKey() {
        return "meeting.error.locked";
    }
}
