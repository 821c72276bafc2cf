package vn.greenzone.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reached a controller (unknown paths, security refusals, oversized bodies): a
 * problem detail for API paths and JSON clients, the bilingual error page for everyone else.
 */
@Controller
class GreenzoneErrorController implements ErrorController {

    private final Problems problems;

    GreenzoneErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.create(status, Problems.codeFor(status), new Object[0], locale(), originalPath(request)));
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request) {
        if (originalPath(request).startsWith("/api/")) {
            return problem(request);
        }
        HttpStatusCode status = status(request);
        return ErrorPage.view(status, problems.title(status, locale()),
                problems.detail(Problems.codeFor(status), new Object[0], locale()));
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path ? path : request.getRequestURI();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
