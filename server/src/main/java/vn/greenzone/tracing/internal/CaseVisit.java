package vn.greenzone.tracing.internal;

import java.time.Instant;

import vn.greenzone.checkin.PresenceVisit;

/**
 * A visit of a case's subject (or of a contact) in the part that counts: clipped to the infectious window,
 * or to the time after the contact's own exposure.
 */
public record CaseVisit(PresenceVisit visit, Via via, Instant start, Instant end) {

    /** Whose visit it was. */
    public enum Via {
        /** The subject's own. */
        SELF,
        /** A dependant of the subject's: the subject presented the dependant's code. */
        DEPENDANT,
        /** Typed by staff or another app's code carrying the subject's phone or ID number. */
        UNVERIFIED
    }

    public boolean weighsLower() {
        return via != Via.SELF || visit.unverifiedIdentity() || Confidence.of(visit) == Confidence.LOW;
    }
}
