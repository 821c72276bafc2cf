package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.internal.InfectiousWindow;

/** The window follows the Ministry's rule, in the province's days, with every number a setting. */
class InfectiousWindowTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2021, 7, 20);

    private static TracingProperties properties(Duration beforeOnset, Duration maxWindow) {
        return new TracingProperties(beforeOnset, Duration.ofDays(2), maxWindow, Duration.ofMinutes(15),
                Duration.ofMinutes(30), 2, 4, HCM, Map.of());
    }

    private static final TracingProperties DEFAULTS = properties(Duration.ofDays(2), Duration.ofDays(21));

    @Test
    void opensTwoDaysBeforeOnsetAtLocalMidnightAndClosesAtTheEndOfTheIsolationDay() {
        var window = InfectiousWindow.of(LocalDate.of(2021, 7, 18), LocalDate.of(2021, 7, 16), LocalDate.of(2021, 7, 19),
                TODAY, DEFAULTS);
        assertThat(window.start()).isEqualTo(Instant.parse("2021-07-13T17:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2021-07-19T17:00:00Z"));
    }

    @Test
    void withoutSymptomsOpensBeforeThePositiveSample() {
        var window = InfectiousWindow.of(LocalDate.of(2021, 7, 18), null, LocalDate.of(2021, 7, 18), TODAY, DEFAULTS);
        assertThat(window.start()).isEqualTo(Instant.parse("2021-07-15T17:00:00Z"));
    }

    @Test
    void theOffsetIsASetting() {
        var window = InfectiousWindow.of(LocalDate.of(2021, 7, 18), LocalDate.of(2021, 7, 16), LocalDate.of(2021, 7, 19),
                TODAY, properties(Duration.ofDays(4), Duration.ofDays(21)));
        assertThat(window.start()).isEqualTo(Instant.parse("2021-07-11T17:00:00Z"));
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> InfectiousWindow.of(LocalDate.of(2021, 7, 18), LocalDate.of(2021, 7, 16),
                LocalDate.of(2021, 7, 15), TODAY, DEFAULTS)).isInstanceOf(ProblemException.class)
                .hasMessage("case.isolation-before-onset");
        assertThatThrownBy(() -> InfectiousWindow.of(LocalDate.of(2021, 7, 18), null, LocalDate.of(2021, 7, 10), TODAY,
                DEFAULTS)).hasMessage("case.isolation-before-window");
        assertThatThrownBy(() -> InfectiousWindow.of(LocalDate.of(2021, 7, 21), null, LocalDate.of(2021, 7, 21), TODAY,
                DEFAULTS)).hasMessage("case.date-in-future");
        assertThatThrownBy(() -> InfectiousWindow.of(null, null, LocalDate.of(2021, 7, 19), TODAY, DEFAULTS))
                .hasMessage("case.dates-required");
        // 16 July − 2 days to the end of 19 July is 6 days: longer than a 5-day maximum.
        assertThatThrownBy(() -> InfectiousWindow.of(LocalDate.of(2021, 7, 18), LocalDate.of(2021, 7, 16),
                LocalDate.of(2021, 7, 19), TODAY, properties(Duration.ofDays(2), Duration.ofDays(5))))
                .hasMessage("case.window-too-long");
    }
}
