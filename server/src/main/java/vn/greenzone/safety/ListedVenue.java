package vn.greenzone.safety;

import vn.greenzone.venue.Venue;

/** A venue with its current safety, as the officials' list and map show it. */
public record ListedVenue(Venue venue, SafetyState safety) {
}
