package vn.greenzone.checkin.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.greenzone.audit.AuditSubject;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.checkin.Visit;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Person;
import vn.greenzone.platform.Masking;
import vn.greenzone.venue.Venue;

/**
 * Turns stored visits into what a venue's list shows: names looked up in one query each for people
 * and dependants, masked unless the venue is privileged, in which case the full view is written to the
 * audit trail before it is returned.
 */
@Component
public class VisitViews {

    static final String PURPOSE = "venue-control";

    private final People people;
    private final Dependants dependants;
    private final AuditTrail audit;

    VisitViews(People people, Dependants dependants, AuditTrail audit) {
        this.people = people;
        this.dependants = dependants;
        this.audit = audit;
    }

    /** The visits as {@code viewerId} may see them at {@code venue}; full views are audited. */
    public List<Visit> show(List<StoredVisit> visits, Venue venue, long viewerId, String context) {
        Map<Long, Dependant> deps = dependants.findAll(visits.stream().map(StoredVisit::dependantId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        // A dependant has no phone of their own: the list shows their guardian's.
        Map<Long, Person> persons = people.findAll(Stream.concat(
                        visits.stream().map(StoredVisit::personId).filter(Objects::nonNull),
                        deps.values().stream().map(Dependant::guardianId))
                .collect(Collectors.toSet()));
        boolean full = venue.privileged();
        if (full && !visits.isEmpty()) {
            audit.recordFullViews(viewerId, "VENUE_STAFF", visits.stream().map(VisitViews::subject).toList(),
                    PURPOSE, "venue:" + venue.id() + " " + context);
        }
        return visits.stream().map(visit -> view(visit, persons, deps, full)).toList();
    }

    private static AuditSubject subject(StoredVisit visit) {
        if (visit.personId() != null) {
            return new AuditSubject("person", visit.personId().toString());
        }
        if (visit.dependantId() != null) {
            return new AuditSubject("dependant", visit.dependantId().toString());
        }
        return new AuditSubject("visit", Long.toString(visit.id()));
    }

    private static Visit view(StoredVisit visit, Map<Long, Person> persons, Map<Long, Dependant> deps, boolean full) {
        String name = visit.visitorName();
        String phone = visit.visitorPhone() == null ? null : new PhoneNumber(visit.visitorPhone()).national();
        String idNumber = visit.visitorIdNumber();
        Person person = visit.personId() == null ? null : persons.get(visit.personId());
        Dependant dependant = visit.dependantId() == null ? null : deps.get(visit.dependantId());
        if (person != null) {
            name = person.fullName();
            phone = person.phone().national();
            idNumber = person.idNumber();
        } else if (dependant != null) {
            name = dependant.fullName();
            idNumber = dependant.idNumber();
            Person guardian = persons.get(dependant.guardianId());
            phone = guardian == null ? null : guardian.phone().national();
        }
        if (!full) {
            name = Masking.name(name);
            phone = phone == null ? null : Masking.phone(phone);
            idNumber = Masking.idNumber(idNumber);
        }
        return new Visit(visit.id(), visit.venueId(), visit.checkedInAt(), visit.checkedOutAt(), visit.checkoutInferred(),
                visit.method(), name, phone, idNumber, visit.dependantId() != null,
                visit.personId() != null || visit.dependantId() != null, !full);
    }
}
