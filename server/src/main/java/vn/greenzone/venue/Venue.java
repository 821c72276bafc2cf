package vn.greenzone.venue;

import java.time.Duration;

/**
 * A registered venue. {@code defaultStay} is its category's configured stay, after which an open visit
 * is closed as inferred; {@code privileged} venues see visitors in full, every view audited;
 * {@code declarationRequired} venues ask visitors to have declared their health today.
 */
public record Venue(long id, String name, String branch, VenueCategory category, String unitCode, String address,
        Double latitude, Double longitude, String contactPhone, long ownerId, boolean suspended, boolean privileged,
        Duration defaultStay, boolean declarationRequired) {
}
