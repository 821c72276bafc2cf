package vn.greenzone.audit.internal;

import java.time.Instant;

import vn.greenzone.audit.AuditEntry;

/**
 * An entry as an auditor sees it: the viewer's person id in full, so the auditor can tell who looked,
 * with their name and phone masked.
 */
public record ReviewedEntry(long id, Instant at, long viewerId, String viewerName, String viewerPhone,
        String viewerRole, String subjectKind, String subjectId, String purpose, String context) {

    static ReviewedEntry of(AuditEntry entry, String viewerName, String viewerPhone) {
        return new ReviewedEntry(entry.id(), entry.at(), entry.viewerId(), viewerName, viewerPhone, entry.viewerRole(),
                entry.subjectKind(), entry.subjectId(), entry.purpose(), entry.context());
    }
}
