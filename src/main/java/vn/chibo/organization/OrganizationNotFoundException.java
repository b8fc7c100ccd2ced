package vn.chibo.organization;

import vn.chibo.shared.NotFoundException;

public class OrganizationNotFoundException extends NotFoundException {

    public OrganizationNotFoundException(Object id) {
        super("organization", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.organization";
    }
}
