package vn.greenzone.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.reporting.Report;

/** SQL for {@code report_submission}. A report is never changed: a correction is the next version. */
@Repository
public class SubmissionRepository {

    private static final String COLUMNS = """
            id, day, unit_code, organisation_id, version, users, installs, smartphones, roster_size, measured_users,
            measured_installs, measured_smartphones, reason, late, submitted_by, submitted_at, recorded_at""";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the next version of the reporter's report of the day. Two submissions at the same moment would pick
     * the same version: the unique key refuses the second, which is then repeated.
     */
    Report insert(Report report) {
        return jdbc.sql("""
                        insert into report_submission (day, unit_code, organisation_id, version, users, installs,
                            smartphones, roster_size, measured_users, measured_installs, measured_smartphones, reason,
                            late, submitted_by, submitted_at, recorded_at)
                        select :day, :unit, :organisation, coalesce(max(version), 0) + 1, :users, :installs,
                            :smartphones, :roster, :measuredUsers, :measuredInstalls, :measuredSmartphones, :reason,
                            :late, :by, :submittedAt, :recordedAt
                          from report_submission where day = :day and unit_code = :unit and organisation_id = :organisation
                        returning\s""" + COLUMNS)
                .param("day", report.day()).param("unit", report.unitCode())
                .param("organisation", organisationKey(report.organisationId())).param("users", report.users())
                .param("installs", report.installs()).param("smartphones", report.smartphones())
                .param("roster", report.rosterSize()).param("measuredUsers", report.measuredUsers())
                .param("measuredInstalls", report.measuredInstalls())
                .param("measuredSmartphones", report.measuredSmartphones()).param("reason", report.reason())
                .param("late", report.late()).param("by", report.submittedBy())
                .param("submittedAt", Timestamp.from(report.submittedAt()))
                .param("recordedAt", Timestamp.from(report.recordedAt()))
                .query(SubmissionRepository::map).single();
    }

    /** Every version of the units' own reports of the day (not their organisations'), by unit and version. */
    public List<Report> unitReports(LocalDate day, Collection<String> unitCodes) {
        return jdbc.sql("select " + COLUMNS + """
                         from report_submission where day = :day and unit_code = any(:units) and organisation_id = 0
                        order by unit_code, version""")
                .param("day", day).param("units", unitCodes.toArray(String[]::new))
                .query(SubmissionRepository::map).list();
    }

    /** Every version of the organisations' reports of the day, by organisation and version. */
    public List<Report> organisationReports(LocalDate day, Collection<Long> organisationIds) {
        return jdbc.sql("select " + COLUMNS + """
                         from report_submission where day = :day and organisation_id = any(:organisations)
                        order by organisation_id, version""")
                .param("day", day).param("organisations", organisationIds.toArray(Long[]::new))
                .query(SubmissionRepository::map).list();
    }

    /** Claims the reminders of units' own reports in one statement; answers the units not reminded before. */
    List<String> claimReminders(LocalDate day, Collection<String> unitCodes, String cutoff) {
        return jdbc.sql("""
                        insert into report_reminder (day, unit_code, organisation_id, cutoff)
                        select :day, code, 0, :cutoff from unnest(:units) code on conflict do nothing
                        returning unit_code""")
                .param("day", day).param("units", unitCodes.toArray(String[]::new)).param("cutoff", cutoff)
                .query(String.class).list();
    }

    /** Claims the reminder of one reporter, day and cut-off; false when it was sent already. */
    boolean claimReminder(LocalDate day, String unitCode, Long organisationId, String cutoff) {
        return jdbc.sql("""
                        insert into report_reminder (day, unit_code, organisation_id, cutoff)
                        values (:day, :unit, :organisation, :cutoff) on conflict do nothing""")
                .param("day", day).param("unit", unitCode).param("organisation", organisationKey(organisationId))
                .param("cutoff", cutoff).update() == 1;
    }

    private static long organisationKey(Long organisationId) {
        return organisationId == null ? 0 : organisationId;
    }

    private static Report map(ResultSet row, int n) throws SQLException {
        long organisation = row.getLong("organisation_id");
        return new Report(row.getLong("id"), row.getObject("day", LocalDate.class), row.getString("unit_code"),
                organisation == 0 ? null : organisation, row.getInt("version"), row.getLong("users"),
                row.getObject("installs", Long.class), row.getObject("smartphones", Long.class),
                row.getObject("roster_size", Long.class), row.getObject("measured_users", Long.class),
                row.getObject("measured_installs", Long.class), row.getObject("measured_smartphones", Long.class),
                row.getString("reason"), row.getBoolean("late"), row.getLong("submitted_by"),
                row.getTimestamp("submitted_at").toInstant(), row.getTimestamp("recorded_at").toInstant());
    }
}
