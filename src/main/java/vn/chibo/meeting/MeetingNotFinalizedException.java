package vn.chibo.meeting;

import vn.chibo.shared.ConflictException;

/** Only a finalized meeting can be reopened. */
public class MeetingNotFinalizedException extends ConflictException {

    public MeetingNotFinalizedException(long meetingId) {
        super("meeting " + meetingId + " is not finalized");
    }

    @Override
    public String messageKey() {
        return "meeting.error.notFinalized";
    }
}
