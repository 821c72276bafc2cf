package vn.greenzone.quarantine.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.greenzone.audit.AuditSubject;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.Masking;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.Symptom;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Quarantines as the board, the API and the export show them: the person's name, phone, ID number and
 * street masked, or in full for an officer who asks, each full view written to the audit trail first.
 * A dependant's phone is the guardian's: the number an officer calls.
 */
@Component
public class QuarantineViews {

    public record PersonView(String kind, Long personId, Long dependantId, String name, String phone, String idNumber,
            boolean masked) {
    }

    public record QuarantineView(long id, StoredQuarantine.Status status, PersonView person, Place place,
            Long facilityId, String facilityName, String unitCode, String placeName, String street, LocalDate startDate,
            LocalDate plannedEnd, long day, long days, long officerId, String officer, Instant lastReportAt,
            boolean reportedToday, boolean nonReporting, List<Symptom> lastSymptoms, BigDecimal lastTemperature, Instant alertAt,
            Instant reachedAt, Instant testReferredAt, Long contactId, Instant enrolledAt, Instant endedAt,
            StoredQuarantine.EndReason endReason) {
    }

    private final People people;
    private final Dependants dependants;
    private final Venues venues;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final AccessControl access;
    private final QuarantineClock clock;

    QuarantineViews(People people, Dependants dependants, Venues venues, UnitDirectory units, AuditTrail audit,
            AccessControl access, QuarantineClock clock) {
        this.people = people;
        this.dependants = dependants;
        this.venues = venues;
        this.units = units;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** One quarantine; in full only when asked, and then audited with the quarantine as the purpose. */
    public QuarantineView view(StoredQuarantine q, boolean full, String context) {
        return views(List.of(q), full, "quarantine " + q.id(), context).getFirst();
    }

    /** Many at once (a board page, an export): the people, guardians, officers and facilities read in one go each. */
    public List<QuarantineView> views(List<StoredQuarantine> list, boolean full, String purpose, String context) {
        if (full && !list.isEmpty()) {
            List<AuditSubject> subjects = list.stream().map(q -> q.personId() != null
                    ? new AuditSubject("person", q.personId().toString())
                    : new AuditSubject("dependant", q.dependantId().toString())).distinct().toList();
            audit.recordFullViews(access.current().personId(), Role.QUARANTINE_OFFICER.name(), subjects, purpose, context);
        }
        Set<Long> personIds = new HashSet<>();
        list.forEach(q -> {
            personIds.add(q.readerId());
            personIds.add(q.officerId());
        });
        Map<Long, Person> persons = people.findAll(personIds);
        Map<Long, Dependant> dependantById = dependants.findAll(ids(list.stream().map(StoredQuarantine::dependantId)));
        Map<Long, Venue> facilities = venues.findAll(ids(list.stream().map(StoredQuarantine::facilityId)));
        Map<String, String> placeNames = new HashMap<>();
        LocalDate today = clock.today();
        return list.stream().map(q -> {
            Venue facility = q.facilityId() == null ? null : facilities.get(q.facilityId());
            Person officer = persons.get(q.officerId());
            long days = ChronoUnit.DAYS.between(q.startDate(), q.plannedEnd());
            LocalDate shownDay = q.endedAt() == null ? today : LocalDate.ofInstant(q.endedAt(), clock.zone());
            return new QuarantineView(q.id(), q.status(), person(q, persons, dependantById, full), q.place(),
                    q.facilityId(), facility == null ? null : facility.name(), q.unitCode(),
                    placeNames.computeIfAbsent(q.unitCode(), units::placeName), full ? q.street() : null, q.startDate(),
                    q.plannedEnd(), Math.min(days, ChronoUnit.DAYS.between(q.startDate(), shownDay) + 1), days, q.officerId(),
                    officer(officer),
                    q.lastReportAt(), today.equals(q.lastReportDay()), clock.nonReporting(q), q.lastSymptoms(),
                    q.lastTemperature(), q.alertAt(), q.reachedAt(), q.testReferredAt(), q.contactId(), q.enrolledAt(),
                    q.endedAt(), q.endReason());
        }).toList();
    }

    /** An official as lists name them, masked as everywhere else: "NGUYEN V** A* (09******12)". */
    public String officer(Person officer) {
        if (officer == null) {
            return "";
        }
        return (officer.fullName() == null ? "" : Masking.name(officer.fullName()) + " ") + "(" + officer.phone().masked() + ")";
    }

    private static PersonView person(StoredQuarantine q, Map<Long, Person> persons, Map<Long, Dependant> dependantById,
            boolean full) {
        Person reader = persons.get(q.readerId());
        String phone = reader == null ? null : reader.phone().national();
        String kind = q.dependantId() == null ? "PERSON" : "DEPENDANT";
        String name;
        String idNumber;
        if (q.dependantId() != null) {
            Dependant dependant = dependantById.get(q.dependantId());
            name = dependant == null ? "" : dependant.fullName();
            idNumber = dependant == null ? null : dependant.idNumber();
        } else {
            name = reader == null ? null : reader.fullName();
            idNumber = reader == null ? null : reader.idNumber();
        }
        // Someone enrolled by phone who has not filled in a profile is named by their number, masked like one.
        String masked = name == null ? (phone == null ? "" : Masking.phone(phone)) : Masking.name(name);
        return full ? new PersonView(kind, q.personId(), q.dependantId(), name == null ? phone : name, phone, idNumber, false)
                : new PersonView(kind, q.personId(), q.dependantId(), masked, phone == null ? null : Masking.phone(phone),
                        Masking.idNumber(idNumber), true);
    }

    private static Collection<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.filter(Objects::nonNull).distinct().toList();
    }
}
