package vn.chibo.accounts;

import vn.chibo.shared.NotFoundException;

/** The slips' PDF asked for after their page was left: the one-time passwords are no longer kept. */
class SlipsGoneException extends NotFoundException {

    SlipsGoneException(long branchId) {
        super("slips of branch", branchId);
    }

    @Override
    public String messageKey() {
        return "accounts.error.slipsGone";
    }
}
