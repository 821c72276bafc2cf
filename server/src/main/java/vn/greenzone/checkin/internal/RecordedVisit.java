package vn.greenzone.checkin.internal;

import java.time.Instant;

/** The answer to a check-in: the visit, and whether it is new or a repeated scan folded into it. */
public record RecordedVisit(long id, Instant checkedInAt, boolean created) {
}
