package vn.greenzone.safety;

import java.time.Instant;

/** An establishment of an imported registry list; {@code matchedVenueId} is null when no venue is registered there. */
public record RegistryEntry(long id, long importId, int rowNumber, String name, String address, String unitCode,
        String sector, Long matchedVenueId, RegistryStatus status, Instant statusAt) {
}
