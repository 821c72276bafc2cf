package vn.greenzone.quarantine.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.greenzone.quarantine.QuarantineProperties;

/**
 * The moments the rules turn on, in one place so that the board's SQL and the views agree: today in the
 * province's zone, the cut-off before which a last report makes a person non-reporting, the "ending soon" day.
 */
@Component
public class QuarantineClock {

    private final Clock clock;
    private final QuarantineProperties properties;

    QuarantineClock(Clock clock, QuarantineProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    /** A person whose last report (or, with none, their report_from) is before this is non-reporting. */
    public Instant nonReportingCutoff() {
        return clock.instant().minus(properties.nonReportingAfter());
    }

    /** Quarantines planned to end on or before this day are ending soon. */
    public LocalDate endingSoonBy() {
        return today().plusDays(properties.endingSoon().toDays());
    }

    public boolean nonReporting(StoredQuarantine q) {
        Instant last = q.lastReportAt() != null ? q.lastReportAt() : q.reportFrom();
        return q.active() && last.isBefore(nonReportingCutoff());
    }

    /**
     * With no report yet, the count starts at enrolment, or, for a quarantine that began on an earlier day
     * (enrolled late), at the end of its first day: the reports of the days since were due.
     */
    public Instant reportFrom(LocalDate start, Instant enrolledAt) {
        Instant firstDayOver = start.plusDays(1).atStartOfDay(properties.zone()).toInstant();
        return firstDayOver.isBefore(enrolledAt) ? firstDayOver : enrolledAt;
    }

    public java.time.ZoneId zone() {
        return properties.zone();
    }
}
