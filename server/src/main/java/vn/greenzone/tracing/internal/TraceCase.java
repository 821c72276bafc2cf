package vn.greenzone.tracing.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A confirmed case as stored. The subject's name, phone and ID number are copies taken when it was recorded. */
public record TraceCase(long id, long clusterId, Long personId, Long dependantId, String fullName, String phone,
        String idNumber, String address, String unitCode, LocalDate sampleDate, LocalDate onsetDate,
        LocalDate isolationDate, Instant windowStart, Instant windowEnd, String source, String notes, Status status,
        Long fromContactId, long createdBy, Instant createdAt) {

    public enum Status { OPEN, CLOSED }

    /** Who the case is about, as the contacts' keys name people. */
    public Subject subject() {
        return new Subject(personId, dependantId, fullName, phone, idNumber);
    }
}
