package vn.greenzone.checkin;

import java.time.Instant;

/**
 * One visit as a venue's list shows it. Name, phone and ID number are masked unless the venue is
 * privileged and the viewer is allowed to see them; {@code masked} says which.
 */
public record Visit(long id, long venueId, Instant checkedInAt, Instant checkedOutAt, boolean checkoutInferred,
        VisitMethod method, String name, String phone, String idNumber, boolean dependant, boolean registered,
        boolean masked) {
}
