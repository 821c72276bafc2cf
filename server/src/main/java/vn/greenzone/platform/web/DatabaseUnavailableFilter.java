package vn.greenzone.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.platform.DatabaseFailures;
import vn.greenzone.platform.ProblemException;

/**
 * Answers 503 with Retry-After when the database cannot be reached where no controller advice sees it: in
 * filters (bearer tokens, sessions, roles) and on pages. Without it those requests were 500s with Tomcat's log
 * of a stack trace. The outermost filter, so it also sees the session saved after the response.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Problems problems;
    private final PlainErrorPage pages;
    private final JsonMapper json;

    DatabaseUnavailableFilter(Problems problems, PlainErrorPage pages, JsonMapper json) {
        this.problems = problems;
        this.pages = pages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailures.unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                    request.getRequestURI(), rootCause(e).toString());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemException problem = ProblemException.databaseUnavailable();
        response.reset();
        response.setStatus(problem.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter().toSeconds()));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            Locale locale = WebConfiguration.apiLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(
                    problems.create(problem.status(), problem.code(), new Object[0], locale, path)));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(pages.render(problem.status(), problem.code(),
                    PlainErrorPage.locale(request.getHeader(HttpHeaders.COOKIE))));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
