package vn.chibo.help;

import vn.chibo.shared.NotFoundException;

/** No help plan with this id. */
class HelpPlanNotFoundException extends NotFoundException {

    HelpPlanNotFoundException(long id) {
        super("help plan", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.help";
    }
}
