package vn.greenzone.audit.internal;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * What an auditor asks of the trail; null fields do not filter. {@code from} is inclusive and
 * {@code to} exclusive.
 */
public record AuditFilter(Long viewerId, String subjectId, Instant from, Instant to, String purpose) {

    /** The filter in words, kept as the subject of the auditor's own entry in the trail. */
    public String summary() {
        var words = new StringJoiner(" ");
        words.setEmptyValue("all");
        if (viewerId != null) {
            words.add("viewer=" + viewerId);
        }
        if (subjectId != null) {
            words.add("subject=" + subjectId);
        }
        if (from != null) {
            words.add("from=" + from);
        }
        if (to != null) {
            words.add("to=" + to);
        }
        if (purpose != null) {
            words.add("purpose=" + purpose);
        }
        return words.toString();
    }
}
