package vn.greenzone.checkin;

import java.time.Instant;

/**
 * A visit as tracing reads it: when the visitor arrived and left, and how each end is known. The
 * visitor is a registered person, a dependant, or someone known only by what was typed or scanned.
 */
public record PresenceVisit(long id, long venueId, Instant arrival, Instant departure, Departure departureKnown,
        VisitMethod method, boolean foreignCode, Long personId, Long dependantId, String visitorName,
        String visitorPhone, String visitorIdNumber) {

    /** How the departure time is known, from the best to the weakest evidence. */
    public enum Departure {
        /** The visitor checked out. */
        CHECKED_OUT,
        /** The visitor checked in elsewhere: they had left by then. */
        NEXT_CHECKIN,
        /** Never closed: the category's default stay was assumed when it ran out. */
        INFERRED,
        /** Still open: the category's default stay is assumed. */
        EXPECTED
    }

    /** True when nothing vouches for who the visitor was (another app's unsigned code, or a name typed by staff). */
    public boolean unverifiedIdentity() {
        return foreignCode || method == VisitMethod.MANUAL && personId == null && dependantId == null;
    }
}
