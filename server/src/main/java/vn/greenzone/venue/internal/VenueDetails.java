package vn.greenzone.venue.internal;

/**
 * What an owner fills in to register or edit a venue, as typed: the category is text, so an unknown
 * one is refused with its own code. Privilege is deliberately absent: an owner can never set it.
 */
public record VenueDetails(String name, String branch, String category, String unitCode, String address,
        Double latitude, Double longitude, String contactPhone) {
}
