package vn.chibo.help;

import vn.chibo.shared.ConflictException;

/** A plan for a member who has left, or one already closed: nothing to change (409). */
class HelpConflictException extends ConflictException {

    private final String messageKey;

    HelpConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
