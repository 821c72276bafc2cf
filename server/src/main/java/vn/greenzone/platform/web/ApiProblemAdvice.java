package vn.greenzone.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.greenzone.platform.ProblemException;

/** Every error of a JSON API becomes a problem detail with a stable {@code code}, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final Problems problems;

    ApiProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, HttpServletRequest request) {
        ProblemDetail body = problems.create(e.status(), e.code(), e.arguments(), locale(), request.getRequestURI());
        if (!e.fields().isEmpty()) {
            body.setProperty("fields", e.fields());
        }
        e.properties().forEach(body::setProperty);
        var response = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return refused(ProblemException.forbidden(), request);
    }

    /** A deadlock or lock timeout rolled the request back: nothing was stored, and trying again will work. */
    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ProblemDetail> busy(HttpServletRequest request) {
        return refused(ProblemException.serviceBusy(), request);
    }

    /** The database is down or restarting: a short wait, not a 500, and no wait for a connection that is not coming. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(HttpServletRequest request) {
        return refused(ProblemException.databaseUnavailable(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return refused(ProblemException.badRequest("invalid-parameter", e.getName()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> fields = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).distinct().toList();
        ProblemDetail body = problems.create(status, "invalid-fields", new Object[] {String.join(", ", fields)},
                locale(), path(request));
        body.setProperty("fields", fields);
        return ResponseEntity.status(status).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(status, "invalid-parameter", new Object[] {""}, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputText.Refused refused && request instanceof ServletWebRequest servlet) {
                return ResponseEntity.status(status).body(refused(ProblemException.badFields("invalid-characters",
                        List.of(refused.field())), servlet.getRequest()).getBody());
            }
        }
        return problem(status, "malformed-json", new Object[0], request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(status, "missing-parameter", new Object[] {e.getParameterName()}, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> problem = problem(status, Problems.codeFor(status), new Object[0], request);
        return ResponseEntity.status(status).headers(headers).body(problem.getBody());
    }

    private ResponseEntity<Object> problem(HttpStatusCode status, String code, Object[] args, WebRequest request) {
        return ResponseEntity.status(status).body(problems.create(status, code, args, locale(), path(request)));
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
