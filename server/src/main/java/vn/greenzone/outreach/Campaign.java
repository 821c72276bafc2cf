package vn.greenzone.outreach;

import java.time.Instant;

/** A stored campaign. {@code schedule} is null for a campaign sent once. */
public record Campaign(long id, String name, String unitCode, String group, Long caseId, String templateVi,
        String templateEn, String schedule, Status status, int runs, Instant nextRunAt, Instant createdAt) {

    public enum Status { DRAFT, RUNNING, PAUSED }

    /** What a campaign's message of the given language says, before its variables are filled in. */
    public String template(String language) {
        return "en".equals(language) ? templateEn : templateVi;
    }
}
