package vn.greenzone.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A request rolled back by a deadlock or a lock timeout is answered 503 with Retry-After, never 500. */
class BusyDatabaseTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRolledBackRequestIsToldToTryAgainInItsLanguage() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var advice = new ApiProblemAdvice(new Problems(messages));
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        ResponseEntity<ProblemDetail> answer = advice.busy(new MockHttpServletRequest("POST", "/api/v1/checkins"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "busy");
        assertThat(answer.getBody().getDetail()).contains("nothing was stored");
    }
}
