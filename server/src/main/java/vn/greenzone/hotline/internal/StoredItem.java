package vn.greenzone.hotline.internal;

import java.time.Instant;

import vn.greenzone.hotline.Status;
import vn.greenzone.hotline.Urgency;

/** One hotline item as stored; the caller's phone in international form. */
public record StoredItem(long id, String categoryCode, String unitCode, Long agencyId, String description,
        String callerPhone, Urgency urgency, String channel, Long operatorId, Status status, Instant receivedAt,
        Instant dueAt, Instant handledAt, int escalation) {
}
