package vn.greenzone.checkin;

import java.time.Duration;

/**
 * Someone's visit that met a source interval at the same venue: by {@code overlap} (at least the
 * threshold asked for), or by arriving within the airborne tail after the source left ({@code airborne},
 * overlap zero).
 */
public record CoPresence(long sourceVisitId, PresenceVisit visit, Duration overlap, boolean airborne) {
}
