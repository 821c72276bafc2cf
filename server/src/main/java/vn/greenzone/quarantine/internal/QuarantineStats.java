package vn.greenzone.quarantine.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;

/**
 * People in quarantine per day, for each unit directly below the one asked for (or the unit itself when it
 * has none): what the daily and adoption reports of units need, with no person in it.
 */
@Service
public class QuarantineStats {

    /** Longest period one question may cover. */
    static final int MAX_DAYS = 92;

    private final StatsRepository stats;
    private final UnitDirectory units;
    private final AccessControl access;
    private final QuarantineClock clock;

    QuarantineStats(StatsRepository stats, UnitDirectory units, AccessControl access, QuarantineClock clock) {
        this.stats = stats;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /** Every reporting unit and every day of the period, days with nobody as zeros. */
    public List<StatsRepository.DayCount> perDay(String unitCode, LocalDate from, LocalDate to) {
        access.requireAny(unitCode, Role.QUARANTINE_OFFICER, Role.UNIT_ADMIN);
        LocalDate today = clock.today();
        if (to.isAfter(today)) {
            throw ProblemException.badRequest("quarantine.stats-in-future");
        }
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("quarantine.stats-range-invalid");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.badRequest("quarantine.stats-too-long", MAX_DAYS);
        }
        List<AdministrativeUnit> children = units.children(unitCode);
        List<String> reportingUnits = children.isEmpty() ? List.of(unitCode)
                : children.stream().map(AdministrativeUnit::code).toList();
        var communes = new ArrayList<String>();
        var reporting = new ArrayList<String>();
        for (String reportingUnit : reportingUnits) {
            for (String code : units.subtree(reportingUnit)) {
                communes.add(code);
                reporting.add(reportingUnit);
            }
        }
        Map<String, StatsRepository.DayCount> found = new HashMap<>();
        stats.perDay(communes, reporting, from, to, today, clock.zone())
                .forEach(count -> found.put(count.unitCode() + "|" + count.day(), count));
        var all = new ArrayList<StatsRepository.DayCount>();
        for (String reportingUnit : reportingUnits) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                all.add(found.getOrDefault(reportingUnit + "|" + day,
                        new StatsRepository.DayCount(reportingUnit, day, 0, 0, 0)));
            }
        }
        return all;
    }
}
