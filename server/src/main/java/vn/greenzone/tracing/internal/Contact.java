package vn.greenzone.tracing.internal;

import java.time.Instant;

/** A contact of a case as stored: who, which generation, the tracer's decision and the follow-up. */
public record Contact(long id, long caseId, String key, Long personId, Long dependantId, String fullName,
        String phone, String idNumber, int generation, Kind kind, String relation, Decision decision,
        FollowUp status, Long officerId, Instant exposureStart, Instant notifiedAt, Instant createdAt) {

    public enum Kind { VISIT, MANUAL }

    public enum Decision { CANDIDATE, CONFIRMED, REJECTED }

    /** Follow-up status, as a tracer or quarantine officer records it. */
    public enum FollowUp { NEW, NOTIFIED, REACHED, IN_QUARANTINE, TESTED_NEGATIVE, TESTED_POSITIVE, COMPLETED, LOST }

    public enum Relation { HOUSEHOLD, WORKPLACE, SCHOOL, OTHER }

    public Subject subject() {
        return new Subject(personId, dependantId, fullName, phone, idNumber);
    }
}
