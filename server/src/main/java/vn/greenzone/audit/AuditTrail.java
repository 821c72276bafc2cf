package vn.greenzone.audit;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.audit.internal.AuditRepository;

/**
 * Records full views of personal data. Writes go through the caller's transaction, if any: a view
 * that is rolled back was never shown, and a view that was shown cannot escape the trail.
 */
@Service
public class AuditTrail {

    private final AuditRepository repository;

    AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    public void recordFullView(long viewerId, String viewerRole, String subjectKind, String subjectId, String purpose,
            String context) {
        recordFullViews(viewerId, viewerRole, List.of(new AuditSubject(subjectKind, subjectId)), purpose, context);
    }

    /** One view of many people (a venue's list of visitors) as one insert of one row per subject. */
    public void recordFullViews(long viewerId, String viewerRole, List<AuditSubject> subjects, String purpose,
            String context) {
        if (viewerRole == null || viewerRole.isBlank() || purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs the viewer's role and a purpose");
        }
        if (!subjects.isEmpty()) {
            repository.insert(viewerId, viewerRole, subjects, purpose, context);
        }
    }
}
