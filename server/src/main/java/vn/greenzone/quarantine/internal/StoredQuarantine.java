package vn.greenzone.quarantine.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.Symptom;

/** A quarantine as stored, with the symptoms and temperature of its last report. */
public record StoredQuarantine(long id, Long personId, Long dependantId, long readerId, Long contactId, String unitCode,
        Place place, Long facilityId, String street, LocalDate startDate, LocalDate plannedEnd, long officerId,
        Status status, Instant reportFrom, Instant lastReportAt, LocalDate lastReportDay, boolean symptomatic,
        Instant alertAt, Instant reachedAt, Instant testReferredAt, Instant enrolledAt, Instant endedAt,
        EndReason endReason, List<Symptom> lastSymptoms, BigDecimal lastTemperature) {

    public enum Status { ACTIVE, ENDED }

    /** Why a quarantine ended; the end job writes COMPLETED. */
    public enum EndReason { COMPLETED, TESTED_POSITIVE, HOSPITALISED, MOVED_AWAY, ENROLLED_IN_ERROR, OTHER }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
