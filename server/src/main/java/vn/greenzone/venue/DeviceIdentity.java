package vn.greenzone.venue;

/** A reader device that presented a valid API key, and the venue it scans for. */
public record DeviceIdentity(long deviceId, long venueId) {
}
