package vn.greenzone.tracing.internal;

import java.time.Instant;

/**
 * One way a contact was reached: their visit met a visit of the case ({@code fromContactId} null) or of
 * another contact, at one venue, for {@code overlapSeconds}, or just after it ({@code airborne}).
 */
public record ContactPath(long contactId, Long fromContactId, long venueId, long sourceVisitId, long visitId,
        Instant sourceStart, Instant sourceEnd, String sourceDepartureKnown, Instant arrival, Instant departure,
        String departureKnown, int overlapSeconds, boolean airborne, Confidence confidence) {

    /** When this exposure began: the later arrival of the two, or the arrival after the source left. */
    public Instant exposureStart() {
        return airborne || arrival.isAfter(sourceStart) ? arrival : sourceStart;
    }

    public int overlapMinutes() {
        return overlapSeconds / 60;
    }
}
