package vn.greenzone.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;

/**
 * When a case could infect others: from onset (or the positive sample, without symptoms) less the
 * configured days, at local midnight, to the end of the local day of isolation.
 */
public record InfectiousWindow(Instant start, Instant end) {

    /** The window of these dates, or a 400 problem saying which date is wrong. */
    public static InfectiousWindow of(LocalDate sample, LocalDate onset, LocalDate isolation, LocalDate today,
            TracingProperties properties) {
        if (sample == null || isolation == null) {
            throw ProblemException.badRequest("case.dates-required");
        }
        if (sample.isAfter(today) || isolation.isAfter(today) || onset != null && onset.isAfter(today)) {
            throw ProblemException.badRequest("case.date-in-future");
        }
        if (onset != null && isolation.isBefore(onset)) {
            throw ProblemException.badRequest("case.isolation-before-onset");
        }
        Instant start = onset != null
                ? onset.atStartOfDay(properties.zone()).toInstant().minus(properties.beforeOnset())
                : sample.atStartOfDay(properties.zone()).toInstant().minus(properties.beforeSample());
        Instant end = isolation.plusDays(1).atStartOfDay(properties.zone()).toInstant();
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("case.isolation-before-window");
        }
        if (Duration.between(start, end).compareTo(properties.maxWindow()) > 0) {
            throw ProblemException.badRequest("case.window-too-long", properties.maxWindow().toDays());
        }
        return new InfectiousWindow(start, end);
    }
}
