package vn.greenzone.quarantine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.quarantine.internal.DailyReports;
import vn.greenzone.quarantine.internal.Enrolment;
import vn.greenzone.quarantine.internal.QuarantineClock;
import vn.greenzone.quarantine.internal.QuarantineRepository;
import vn.greenzone.quarantine.internal.StoredQuarantine;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Quarantine for other modules: the home page's card, and demo data made through the same rules as the
 * pages. Every call acts as the signed-in person.
 */
@Service
public class Quarantines {

    /** A quarantine the signed-in person reports for: their own, or a dependant's (named). */
    public record MyQuarantine(long id, String dependantName, Place place, String facilityName, LocalDate startDate,
            LocalDate plannedEnd, boolean reportedToday, Instant lastReportAt) {
    }

    private final Enrolment enrolment;
    private final DailyReports reports;
    private final QuarantineRepository quarantines;
    private final Dependants dependants;
    private final Venues venues;
    private final AccessControl access;
    private final QuarantineClock clock;

    Quarantines(Enrolment enrolment, DailyReports reports, QuarantineRepository quarantines, Dependants dependants,
            Venues venues, AccessControl access, QuarantineClock clock) {
        this.enrolment = enrolment;
        this.reports = reports;
        this.quarantines = quarantines;
        this.dependants = dependants;
        this.venues = venues;
        this.access = access;
        this.clock = clock;
    }

    /** Enrols a person as the signed-in quarantine officer; returns the quarantine's id. */
    public long enrol(NewQuarantine quarantine) {
        return enrolment.enrol(quarantine).id();
    }

    /** Today's report of one of the signed-in person's quarantines; true when it is the day's first. */
    public boolean report(long quarantineId, DailyReport report) {
        return reports.signedIn(quarantineId, report).first();
    }

    /** The signed-in person's active quarantines, their own and their dependants'. */
    public List<MyQuarantine> mine() {
        List<StoredQuarantine> active = quarantines.activeOfReader(access.current().personId());
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, Dependant> dependantById = dependants.findAll(active.stream().map(StoredQuarantine::dependantId)
                .filter(Objects::nonNull).toList());
        Map<Long, Venue> facilities = venues.findAll(active.stream().map(StoredQuarantine::facilityId)
                .filter(Objects::nonNull).toList());
        LocalDate today = clock.today();
        return active.stream().map(q -> new MyQuarantine(q.id(),
                q.dependantId() == null ? null : dependantById.get(q.dependantId()).fullName(), q.place(),
                q.facilityId() == null ? null : facilities.get(q.facilityId()).name(), q.startDate(), q.plannedEnd(),
                today.equals(q.lastReportDay()), q.lastReportAt())).toList();
    }
}
