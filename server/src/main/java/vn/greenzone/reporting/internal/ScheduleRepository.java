package vn.greenzone.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.reporting.ReportSchedule;

/** SQL for {@code report_schedule}: the provinces whose administrator changed the seeds' times. */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportSchedule> find(String provinceCode) {
        return jdbc.sql("""
                        select province_code, team_due, unit_due, district_due, consolidation_due, publication_due,
                               reminder_minutes from report_schedule where province_code = :province""")
                .param("province", provinceCode).query(ScheduleRepository::map).optional();
    }

    void save(ReportSchedule schedule, long by) {
        jdbc.sql("""
                        insert into report_schedule (province_code, team_due, unit_due, district_due, consolidation_due,
                                                     publication_due, reminder_minutes, updated_by, updated_at)
                        values (:province, :team, :unit, :district, :consolidation, :publication, :reminder, :by, now())
                        on conflict (province_code) do update set team_due = excluded.team_due,
                            unit_due = excluded.unit_due, district_due = excluded.district_due,
                            consolidation_due = excluded.consolidation_due, publication_due = excluded.publication_due,
                            reminder_minutes = excluded.reminder_minutes, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .param("province", schedule.provinceCode()).param("team", schedule.teamDue())
                .param("unit", schedule.unitDue()).param("district", schedule.districtDue())
                .param("consolidation", schedule.consolidationDue()).param("publication", schedule.publicationDue())
                .param("reminder", schedule.reminderMinutes()).param("by", by).update();
    }

    private static ReportSchedule map(ResultSet row, int n) throws SQLException {
        return new ReportSchedule(row.getString(1), row.getTime(2).toLocalTime(), row.getTime(3).toLocalTime(),
                row.getTime(4).toLocalTime(), row.getTime(5).toLocalTime(), row.getTime(6).toLocalTime(),
                row.getInt(7), true);
    }
}
