package vn.greenzone.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.greenzone.platform.ProblemException;

/** Refusals on web pages render the error page in the user's language with the fitting status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

    private final Problems problems;

    PageProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView refused(ProblemException e, HttpServletResponse response) {
        if (e.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return ErrorPage.view(e.status(), problems.title(e.status(), LocaleContextHolder.getLocale()),
                problems.detail(e.code(), e.arguments(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletResponse response) {
        return refused(ProblemException.forbidden(), response);
    }
}
