package vn.greenzone.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is down or restarting, every request is answered 503 with Retry-After in the client's
 * language: from controllers and from the filters that read tokens and sessions before them.
 */
class DatabaseUnavailableTest {

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private final Problems problems = new Problems(MESSAGES);
    /** As Spring Boot makes the application's: problem properties at the top level. */
    private final JsonMapper json = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    private final DatabaseUnavailableFilter filter =
            new DatabaseUnavailableFilter(problems, new PlainErrorPage(problems, MESSAGES), json);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aControllerWithoutAConnectionAnswers503() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        ResponseEntity<ProblemDetail> answer = new ApiProblemAdvice(problems)
                .databaseUnavailable(new MockHttpServletRequest("POST", "/api/v1/checkins"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "database-unavailable");
        assertThat(answer.getBody().getDetail()).contains("cannot be reached");
    }

    @Test
    void aFilterWithoutAConnectionAnswersAnApiClientWithAProblem() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/checkins");
        request.addHeader("Accept-Language", "en");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, failingWith(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("greenzone - Connection is not available, request timed out after 3000ms"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("code").asString()).isEqualTo("database-unavailable");
        assertThat(problem.path("detail").asString()).contains("cannot be reached");
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("3000ms");
    }

    @Test
    void aPageWithoutAConnectionIsTheErrorPageInTheBrowsersLanguage() throws Exception {
        var request = new MockHttpServletRequest("GET", "/venues/7/live");
        request.addHeader("Cookie", WebConfiguration.LANGUAGE_COOKIE + "=en");
        var response = new MockHttpServletResponse();

        // how a failure in a page controller reaches the filter: wrapped by the DispatcherServlet
        filter.doFilter(request, response, failingWith(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("cannot be reached").doesNotContain("Exception");
    }

    @Test
    void otherFailuresAreLeftToTheUsualErrorHandling() {
        var failure = new DataIntegrityViolationException("duplicate key");

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/venues"),
                new MockHttpServletResponse(), failingWith(failure))).isSameAs(failure);
    }

    private static MockFilterChain failingWith(Exception failure) {
        return new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException {
                if (failure instanceof ServletException servlet) {
                    throw servlet;
                }
                throw (RuntimeException) failure;
            }
        });
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform", "i18n/shell");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
