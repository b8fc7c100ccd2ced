package vn.chibo.shared;

import org.springframework.validation.BindingResult;
import vn.chibo.shared.InvalidInputException.Problem;

/** Puts the problems a service found on the form's fields, so the form comes back with them. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(InvalidInputException exception, BindingResult result) {
        for (Problem problem : exception.problems()) {
            if (problem.field() == null) {
                result.reject(problem.messageKey(), problem.arguments(), null);
            } else {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
    }
}
