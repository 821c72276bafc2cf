package vn.greenzone.venue.internal;

import java.time.Instant;

import vn.greenzone.venue.Venue;

/** A venue row with what only this module needs: the current poster version and who made it privileged. */
public record StoredVenue(Venue venue, int qrVersion, Long privilegedBy, Instant privilegedAt) {
}
