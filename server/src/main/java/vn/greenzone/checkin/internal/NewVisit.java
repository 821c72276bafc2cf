package vn.greenzone.checkin.internal;

import java.time.Instant;

import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.venue.Venue;

/** A visit about to be recorded. */
public record NewVisit(Venue venue, Visitor visitor, Instant at, VisitMethod method, Long recordedBy) {
}
