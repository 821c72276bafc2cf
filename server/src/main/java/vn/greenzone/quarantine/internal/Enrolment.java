package vn.greenzone.quarantine.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.QuarantineProperties;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;

/**
 * Enrolling a person in quarantine, by a quarantine officer of the place's unit (a national administrator
 * anywhere). The person, or a dependant's guardian, is texted the personal link in the same transaction.
 */
@Service
public class Enrolment {

    private static final int MAX_STREET = 200;

    /** Where, as checked: the unit is the home's commune or the facility's unit. */
    private record Site(Place place, String unitCode, String street, Venue facility) {
    }

    private final EnrolmentSubjects subjects;
    private final QuarantineRepository quarantines;
    private final ReportLinks links;
    private final QuarantineTexts texts;
    private final SmsSender sms;
    private final Venues venues;
    private final UnitDirectory units;
    private final AccessControl access;
    private final QuarantineClock clock;
    private final QuarantineProperties properties;

    Enrolment(EnrolmentSubjects subjects, QuarantineRepository quarantines, ReportLinks links, QuarantineTexts texts,
            SmsSender sms, Venues venues, UnitDirectory units, AccessControl access, QuarantineClock clock,
            QuarantineProperties properties) {
        this.subjects = subjects;
        this.quarantines = quarantines;
        this.links = links;
        this.texts = texts;
        this.sms = sms;
        this.venues = venues;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public StoredQuarantine enrol(NewQuarantine request) {
        long me = access.current().personId();
        Site site = site(request.where());
        access.require(Role.QUARANTINE_OFFICER, site.unitCode());
        LocalDate start = request.startDate() != null ? request.startDate() : clock.today();
        LocalDate end = request.plannedEnd() != null ? request.plannedEnd() : start.plusDays(properties.length().toDays());
        checkDates(start, end);
        long officer = request.officerId() != null ? officer(request.officerId(), site.unitCode()) : me;
        EnrolmentSubjects.Subject subject = subjects.resolve(request.who());
        ReportLinks.Issued link = links.issue();
        long id = quarantines.insert(new QuarantineRepository.NewRow(subject.personId(), subject.dependantId(),
                subject.reader().id(), subject.contactId(), site.unitCode(), site.place(),
                site.facility() == null ? null : site.facility().id(), site.street(), start, end, officer, link.hash(),
                clock.reportFrom(start, clock.now()), me, clock.now()));
        quarantines.event(id, me, "ENROLLED", subject.contactId() == null ? null : "contact " + subject.contactId());
        StoredQuarantine stored = quarantines.find(id).orElseThrow();
        sms.send(subject.reader().phone().international(), texts.enrolled(subject.dependantName(),
                site.facility() == null ? null : site.facility().name(), stored, link.token()));
        return stored;
    }

    /** Quarantine facilities in a unit and below it, for the enrolment form. */
    public List<Venue> facilitiesIn(String unitCode, int limit) {
        return venues.ofCategoryIn(units.subtree(unitCode), VenueCategory.QUARANTINE_FACILITY, limit);
    }

    private Site site(NewQuarantine.Where where) {
        if (where == null || where.place() == null) {
            throw ProblemException.badRequest("quarantine.place-required");
        }
        if (where.place() == Place.FACILITY) {
            if (where.facilityId() == null) {
                throw ProblemException.badRequest("quarantine.facility-required");
            }
            Venue venue = venues.find(where.facilityId());
            if (venue.category() != VenueCategory.QUARANTINE_FACILITY) {
                throw ProblemException.badRequest("quarantine.not-a-facility");
            }
            return new Site(Place.FACILITY, venue.unitCode(), null, venue);
        }
        if (where.unitCode() == null || where.unitCode().isBlank()) {
            throw ProblemException.badRequest("quarantine.unit-required");
        }
        AdministrativeUnit unit = units.find(where.unitCode().trim())
                .orElseThrow(() -> ProblemException.badRequest("quarantine.unit-unknown", where.unitCode().trim()));
        if (!units.children(unit.code()).isEmpty()) {
            throw ProblemException.badRequest("quarantine.unit-not-commune");
        }
        String street = where.street() == null ? "" : where.street().trim();
        if (street.isEmpty() || street.length() > MAX_STREET) {
            throw ProblemException.badRequest("quarantine.street-invalid", MAX_STREET);
        }
        return new Site(Place.HOME, unit.code(), street, null);
    }

    private void checkDates(LocalDate start, LocalDate end) {
        LocalDate today = clock.today();
        long maxDays = properties.maxLength().toDays();
        if (start.isAfter(today)) {
            throw ProblemException.badRequest("quarantine.start-in-future");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("quarantine.end-before-start");
        }
        if (!end.isAfter(today)) {
            throw ProblemException.badRequest("quarantine.end-in-past");
        }
        if (start.plusDays(maxDays).isBefore(end)) {
            throw ProblemException.badRequest("quarantine.too-long", maxDays);
        }
    }

    /** The responsible officer must hold the quarantine role over the unit (or be a national administrator). */
    private long officer(long officerId, String unitCode) {
        boolean official = access.grantsOf(officerId).stream().anyMatch(grant -> grant.role() == Role.NATIONAL_ADMIN
                || grant.role() == Role.QUARANTINE_OFFICER && covers(grant, unitCode));
        if (!official) {
            throw ProblemException.badRequest("quarantine.officer-invalid");
        }
        return officerId;
    }

    private boolean covers(RoleGrant grant, String unitCode) {
        return grant.unitCode() != null && units.isWithin(unitCode, grant.unitCode());
    }
}
