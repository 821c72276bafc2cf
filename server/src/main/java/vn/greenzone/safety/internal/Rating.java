package vn.greenzone.safety.internal;

import java.time.Instant;

import vn.greenzone.safety.SafetyColour;

/** The latest rating of a venue: a self-assessment or an inspection's verdict. */
public record Rating(long venueId, SafetyColour colour, int score, Instant at, boolean byInspection) {
}
