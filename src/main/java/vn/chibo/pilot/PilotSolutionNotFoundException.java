package vn.chibo.pilot;

import vn.chibo.shared.NotFoundException;

/** No solution with this id in the branch's plan for the current year. */
class PilotSolutionNotFoundException extends NotFoundException {

    PilotSolutionNotFoundException(long id) {
        super("pilot solution", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.pilot";
    }
}
