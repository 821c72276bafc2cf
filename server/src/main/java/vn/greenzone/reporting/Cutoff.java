package vn.greenzone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The steps of the chain, each with its time in a province's schedule. The steering committee's consolidation
 * and the publication fall on the morning after the day reported.
 */
public enum Cutoff {
    /** Community teams to their commune: kept for the commune's own planning (teams are folded into the commune). */
    TEAM(0),
    /** Communes, agencies and enterprises to their district. */
    UNIT(0),
    /** Districts to the province's Department of Information and Communications. */
    DISTRICT(0),
    /** The Department's consolidated table for the steering committee. */
    CONSOLIDATION(1),
    /** Installs and smartphones per district published. */
    PUBLICATION(1);

    private final int daysAfter;

    Cutoff(int daysAfter) {
        this.daysAfter = daysAfter;
    }

    public LocalTime time(ReportSchedule schedule) {
        return switch (this) {
            case TEAM -> schedule.teamDue();
            case UNIT -> schedule.unitDue();
            case DISTRICT -> schedule.districtDue();
            case CONSOLIDATION -> schedule.consolidationDue();
            case PUBLICATION -> schedule.publicationDue();
        };
    }

    /** The moment the report of {@code day} is due under {@code schedule}. */
    public Instant dueAt(ReportSchedule schedule, LocalDate day, ZoneId zone) {
        return day.plusDays(daysAfter).atTime(time(schedule)).atZone(zone).toInstant();
    }

    /** The step a unit's own report is: communes (level 3) report as units, districts as districts, provinces consolidate. */
    public static Cutoff forLevel(int level) {
        return switch (level) {
            case 1 -> CONSOLIDATION;
            case 2 -> DISTRICT;
            default -> UNIT;
        };
    }

    public String labelKey() {
        return "reporting.cutoff." + name();
    }
}
