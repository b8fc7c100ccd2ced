package vn.chibo.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.chibo.shared.ConflictException;
import vn.chibo.shared.NotFoundException;

/**
 * Turns what a user can cause into a page in their language: 404 for what does not exist,
 * 403 for what is outside their part of the tree, 400 for a malformed address.
 */
@ControllerAdvice
@Order(0)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException exception, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("messageKey", exception.messageKey());
        return "error/404";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noResource(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("messageKey", "error.notFound.page");
        return "error/404";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException exception, HttpServletResponse response) {
        log.info("Refused: {}", exception.getMessage());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException exception, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("messageKey", exception.messageKey());
        return "error/409";
    }

    /** Two saves of the same record at the same moment: the later one is refused, nothing is overwritten. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentSave(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("messageKey", "error.conflict.concurrent");
        return "error/409";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpRequestMethodNotSupportedException.class})
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/400";
    }
}
