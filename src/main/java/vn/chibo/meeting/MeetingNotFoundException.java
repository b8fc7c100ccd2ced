package vn.chibo.meeting;

import vn.chibo.shared.NotFoundException;

public class MeetingNotFoundException extends NotFoundException {

    public MeetingNotFoundException(Object id) {
        super("meeting", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.meeting";
    }
}
