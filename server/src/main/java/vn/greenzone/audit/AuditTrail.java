package vn.greenzone.audit;

import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class AuditTrail {

    public void recordFullView(long viewerId, String viewerRole, String subjectKind, String subjectId, String purpose,
            String context) {
        throw new UnsupportedOperationException("placeholder until the audit branch is merged");
    }

    public void recordFullViews(long viewerId, String viewerRole, List<AuditSubject> subjects, String purpose,
            String context) {
        throw new UnsupportedOperationException("placeholder until the audit branch is merged");
    }
}
