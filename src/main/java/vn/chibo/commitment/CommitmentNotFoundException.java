package vn.chibo.commitment;

import vn.chibo.shared.NotFoundException;

/** No commitment of the logged-in member's current year has this id. */
class CommitmentNotFoundException extends NotFoundException {

    CommitmentNotFoundException(long id) {
        super("commitment", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.commitment";
    }
}
