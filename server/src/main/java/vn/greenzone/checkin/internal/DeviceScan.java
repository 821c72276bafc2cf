package vn.greenzone.checkin.internal;

import java.time.Instant;

/** One accepted scan of a reader device, ready to store. */
public record DeviceScan(String eventId, Instant scannedAt, Visitor visitor) {
}
