package vn.greenzone.checkin.internal;

import java.time.Instant;
import java.time.LocalDate;

import vn.greenzone.checkin.VisitMethod;

/** A visit row as stored, before names are looked up and masked for display. */
public record StoredVisit(long id, long venueId, Instant checkedInAt, Instant checkedOutAt, boolean checkoutInferred,
        VisitMethod method, Long personId, Long dependantId, String visitorName, String visitorPhone,
        String visitorIdNumber, LocalDate visitorBirth) {
}
