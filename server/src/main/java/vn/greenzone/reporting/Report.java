package vn.greenzone.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a report as stored: the figures submitted, those measured when it was submitted, and whether it
 * came after the cut-off. {@code organisationId} is null for a unit's own report. {@code submittedAt} is when it
 * counts as submitted; {@code recordedAt} when it was entered (later for a report written up by the parent).
 */
public record Report(long id, LocalDate day, String unitCode, Long organisationId, int version, long users,
        Long installs, Long smartphones, Long rosterSize, Long measuredUsers, Long measuredInstalls,
        Long measuredSmartphones, String reason, boolean late, long submittedBy, Instant submittedAt,
        Instant recordedAt) {

}
