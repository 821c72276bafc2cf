package vn.greenzone.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Now and today for the chain, in the zone its cut-offs are written in. One bean, so a test can stand the chain
 * at 16:00 without moving the clock of the rest of the application.
 */
@Component
public class ReportingClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public ReportingClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** A day can be reported, and looked at, once it has begun: 400 for one still to come. */
    void requireReportable(LocalDate day) {
        if (day == null || day.isAfter(today())) {
            throw vn.greenzone.platform.ProblemException.badRequest("reporting.day-future");
        }
    }
}
