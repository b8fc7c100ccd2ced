package vn.chibo.task;

import vn.chibo.shared.NotFoundException;

public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(Object id) {
        super("task", id);
    }

    @Override
    public String messageKey() {
        return "error.notFound.task";
    }
}
