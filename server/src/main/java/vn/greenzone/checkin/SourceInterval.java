package vn.greenzone.checkin;

import java.time.Instant;

/**
 * Part of a visit during which the visitor may have infected others: the whole visit of a case, or the
 * part of a contact's visit after their own exposure.
 */
public record SourceInterval(long visitId, long venueId, Instant start, Instant end) {

    public SourceInterval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval must end after it starts");
        }
    }
}
