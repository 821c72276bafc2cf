package vn.greenzone.reporting.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.reporting.ReportSchedule;

/** Each province's cut-off times: the seeds' until its administrator sets its own. */
@Service
public class Schedules {

    private final ScheduleRepository schedules;
    private final UnitDirectory units;
    private final AccessControl access;

    Schedules(ScheduleRepository schedules, UnitDirectory units, AccessControl access) {
        this.schedules = schedules;
        this.units = units;
        this.access = access;
    }

    /** The schedule of the province {@code unitCode} lies in (404 for an unknown unit, 400 for the country). */
    public ReportSchedule of(String unitCode) {
        String province = provinceOf(unitCode);
        return schedules.find(province).orElseGet(() -> ReportSchedule.seeds(province));
    }

    /**
     * The province's administrator changes its times. Each step must come after the one before it on the day
     * (team, units, districts), and the publication after the consolidation the next morning.
     */
    public ReportSchedule save(ReportSchedule schedule) {
        String province = provinceOf(schedule.provinceCode());
        access.require(Role.UNIT_ADMIN, province);
        if (java.util.stream.Stream.of(schedule.teamDue(), schedule.unitDue(), schedule.districtDue(),
                schedule.consolidationDue(), schedule.publicationDue()).anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.badRequest("reporting.schedule-incomplete");
        }
        if (!schedule.teamDue().isBefore(schedule.unitDue()) || !schedule.unitDue().isBefore(schedule.districtDue())
                || !schedule.consolidationDue().isBefore(schedule.publicationDue())) {
            throw ProblemException.badRequest("reporting.schedule-order");
        }
        if (schedule.reminderMinutes() < 0 || schedule.reminderMinutes() > 720) {
            throw ProblemException.badRequest("reporting.reminder-invalid");
        }
        var saved = new ReportSchedule(province, schedule.teamDue(), schedule.unitDue(), schedule.districtDue(),
                schedule.consolidationDue(), schedule.publicationDue(), schedule.reminderMinutes(), true);
        schedules.save(saved, access.current().personId());
        return saved;
    }

    String provinceOf(String unitCode) {
        List<AdministrativeUnit> path = units.path(units.require(unitCode).code());
        if (path.size() < 2) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "reporting.not-a-reporting-unit", unitCode);
        }
        return path.get(1).code();
    }
}
