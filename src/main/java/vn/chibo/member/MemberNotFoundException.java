package vn.chibo.member;

import vn.chibo.shared.NotFoundException;

public class MemberNotFoundException extends NotFoundException {

    public MemberNotFoundException(Object id) {
        super("member", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.member";
    }
}
