package vn.greenzone.checkin;

import java.time.Instant;
import java.util.List;

/** A person seen at implausibly many venues within an hour (masked: officials follow up through tracing). */
public record CheckinFlag(long id, long personId, String maskedName, String maskedPhone, Instant windowStart,
        int venues, List<String> unitCodes, Instant detectedAt) {
}
