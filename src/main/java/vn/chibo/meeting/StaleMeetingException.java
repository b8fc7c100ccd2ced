package vn.chibo.meeting;

/**
 * Someone else saved the meeting after this form was opened. The form comes back with what the
 * user typed and a message; nothing is overwritten.
 */
public class StaleMeetingException extends RuntimeException {

    public StaleMeetingException(long meetingId) {
        super("meeting " + meetingId + " was changed by someone else");
    }
}
