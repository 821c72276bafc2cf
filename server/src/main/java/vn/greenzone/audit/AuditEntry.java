package vn.greenzone.audit;

import java.time.Instant;

/**
 * One full view of one subject: who looked ({@code viewerId}, with the role they acted in), at whom
 * ({@code subjectKind} such as "person", "dependant" or "visitor", and its id), why ({@code purpose})
 * and from where ({@code context}, such as "venue:42 live list").
 */
public record AuditEntry(long id, Instant at, long viewerId, String viewerRole, String subjectKind, String subjectId,
        String purpose, String context) {
}
