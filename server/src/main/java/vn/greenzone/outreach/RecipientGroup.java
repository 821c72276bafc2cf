package vn.greenzone.outreach;

/**
 * People a campaign can reach, kept by a module above outreach (everyone registered by identity, people in
 * quarantine by quarantine, contacts of a case by tracing). An interface here, implemented there, so that
 * outreach, which most modules use to send SMS, depends on none of them. People on rosters who have not
 * registered yet become one more implementation when adoption reporting keeps those rosters.
 */
public interface RecipientGroup {

    /** The group's name in the API and on the page: {@code EVERYONE}, {@code IN_QUARANTINE}, {@code CASE_CONTACTS}. */
    String key();

    /** True when the group is the contacts of one case, named by the campaign's {@code caseId}. */
    default boolean needsCase() {
        return false;
    }

    /**
     * A select of {@code phone} (as +84912345678), {@code name} (nullable) and {@code language} ({@code vi},
     * {@code en} or null when unknown) of the group's people in the units {@code :units}, and of the case
     * {@code :caseId} when the group needs one. Outreach wraps it in one {@code insert … select}, so a million
     * recipients are queued without a row leaving the database; the SQL stays in the module that owns the tables.
     */
    String recipientsSql();
}
