package vn.greenzone.venue.internal;

import java.time.Instant;

/** A reader device as its owner sees it in the list; the key is never shown again. */
public record Device(long id, long venueId, String name, Instant createdAt, Instant revokedAt) {
}
