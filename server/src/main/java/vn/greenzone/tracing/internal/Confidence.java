package vn.greenzone.tracing.internal;

import vn.greenzone.checkin.PresenceVisit;

/** How much a path between two visits can be trusted: the weaker of its two visits. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** A checked-out visit is exact; closed by the next check-in is an upper bound; an assumed stay is a guess. */
    public static Confidence of(PresenceVisit visit) {
        if (visit.unverifiedIdentity()) {
            return LOW;
        }
        return switch (visit.departureKnown()) {
            case CHECKED_OUT -> HIGH;
            case NEXT_CHECKIN -> MEDIUM;
            case INFERRED, EXPECTED -> LOW;
        };
    }

    public static Confidence weaker(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
