package vn.chibo.registry;

import vn.chibo.shared.NotFoundException;

/** No import with this token for this person (another's, or forgotten after an hour). */
class ImportNotFoundException extends NotFoundException {

    ImportNotFoundException(String token) {
        super("import", token);
    }

    @Override
    public String messageKey() {
        return "error.notFound.import";
    }
}
