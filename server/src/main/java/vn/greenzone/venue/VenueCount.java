package vn.greenzone.venue;

/** How many venues of one category are registered in one unit (for reporting). */
public record VenueCount(String unitCode, VenueCategory category, long venues, long suspended) {
}
