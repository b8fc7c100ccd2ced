package vn.chibo.security;

import vn.chibo.shared.NotFoundException;

/** No account with that id. */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(Object id) {
        super("account", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.account";
    }
}
