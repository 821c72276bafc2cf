package vn.greenzone.tracing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.greenzone.audit.AuditSubject;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.Masking;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Cases, visits and contacts as pages, the API and line lists show them: names, phones and ID numbers
 * masked, or in full for a tracer who asks, each full view written to the audit trail first.
 */
@Component
public class TracingViews {

    /** A person as shown: masked unless {@code masked} is false. */
    public record PersonView(String kind, Long personId, Long dependantId, String name, String phone, String idNumber,
            boolean masked) {
    }

    public record CaseView(long id, TraceCase.Status status, String unitCode, long clusterId, Long fromContactId,
            PersonView subject, String address, LocalDate sampleDate, LocalDate onsetDate, LocalDate isolationDate,
            Instant windowStart, Instant windowEnd, String source, String notes, Instant createdAt) {
    }

    public record VisitView(long visitId, long venueId, String venueName, String address, Double latitude,
            Double longitude, Instant arrival, Instant departure, String departureKnown, String method, String via,
            boolean foreignCode, String weight) {
    }

    public record PathView(Long fromContactId, int fromGeneration, long venueId, String venueName, long sourceVisitId,
            long visitId, Instant sourceStart, Instant sourceEnd, String sourceDepartureKnown, Instant arrival,
            Instant departure, String departureKnown, int overlapMinutes, boolean airborne, Confidence confidence) {
    }

    public record ContactView(long id, long caseId, int generation, Contact.Kind kind, String relation,
            Contact.Decision decision, Contact.FollowUp status, boolean airborneOnly, PersonView person, Long isCase,
            Long officerId, Instant exposureStart, Instant notifiedAt, int overlapMinutes, List<PathView> paths) {
    }

    private final People people;
    private final Dependants dependants;
    private final Venues venues;
    private final AuditTrail audit;
    private final AccessControl access;

    TracingViews(People people, Dependants dependants, Venues venues, AuditTrail audit, AccessControl access) {
        this.people = people;
        this.dependants = dependants;
        this.venues = venues;
        this.audit = audit;
        this.access = access;
    }

    public CaseView caseView(TraceCase c, boolean full, String context) {
        PersonView subject = person(c.subject(), full, "tracing case " + c.id(), context);
        return new CaseView(c.id(), c.status(), c.unitCode(), c.clusterId(), c.fromContactId(), subject,
                full ? c.address() : null, c.sampleDate(), c.onsetDate(), c.isolationDate(), c.windowStart(),
                c.windowEnd(), c.source(), c.notes(), c.createdAt());
    }

    public List<VisitView> visits(List<CaseVisit> visits) {
        Map<Long, Venue> byId = venues.findAll(visits.stream().map(v -> v.visit().venueId()).collect(Collectors.toSet()));
        return visits.stream().map(v -> {
            Venue venue = byId.get(v.visit().venueId());
            return new VisitView(v.visit().id(), v.visit().venueId(), venue == null ? "" : venue.name(),
                    venue == null ? "" : venue.address(), venue == null ? null : venue.latitude(),
                    venue == null ? null : venue.longitude(), v.visit().arrival(), v.visit().departure(),
                    v.visit().departureKnown().name(), v.visit().method().name(), v.via().name(),
                    v.visit().foreignCode(), v.weighsLower() ? "LOW" : "HIGH");
        }).toList();
    }

    /**
     * Contacts with their paths; {@code casesByKey} says which contacts are cases themselves. In full only
     * when asked, and then every contact shown is audited as one view with the case as its purpose.
     */
    public List<ContactView> contacts(long caseId, List<Contact> contacts, List<ContactPath> paths,
            Map<String, Long> casesByKey, boolean full, String context) {
        Map<Long, Contact> byId = contacts.stream().collect(Collectors.toMap(Contact::id, contact -> contact));
        Map<Long, List<ContactPath>> pathsOf = paths.stream().collect(Collectors.groupingBy(ContactPath::contactId));
        Map<Long, Venue> venueById = venues.findAll(paths.stream().map(ContactPath::venueId).collect(Collectors.toSet()));
        Lookup lookup = lookup(contacts.stream().map(Contact::subject).toList());
        if (full) {
            auditFull(contacts.stream().map(Contact::subject).toList(), "tracing case " + caseId, context);
        }
        var views = new ArrayList<ContactView>();
        for (Contact contact : contacts) {
            List<PathView> pathViews = pathsOf.getOrDefault(contact.id(), List.of()).stream().map(path -> {
                Contact from = path.fromContactId() == null ? null : byId.get(path.fromContactId());
                Venue venue = venueById.get(path.venueId());
                return new PathView(path.fromContactId(), from == null ? 0 : from.generation(), path.venueId(),
                        venue == null ? "" : venue.name(), path.sourceVisitId(), path.visitId(), path.sourceStart(),
                        path.sourceEnd(), path.sourceDepartureKnown(), path.arrival(), path.departure(),
                        path.departureKnown(), path.overlapMinutes(), path.airborne(), path.confidence());
            }).toList();
            boolean airborneOnly = !pathViews.isEmpty() && pathViews.stream().allMatch(PathView::airborne);
            int overlap = pathViews.stream().mapToInt(PathView::overlapMinutes).max().orElse(0);
            views.add(new ContactView(contact.id(), contact.caseId(), contact.generation(), contact.kind(),
                    contact.relation(), contact.decision(), contact.status(), airborneOnly,
                    lookup.view(contact.subject(), full), casesByKey.get(contact.key()), contact.officerId(),
                    contact.exposureStart(), contact.notifiedAt(), overlap, pathViews));
        }
        return views;
    }

    /** Masked names of these subjects by key, for lists that never show anyone in full (the graph). */
    public Map<String, String> maskedNames(Collection<Subject> subjects) {
        Lookup lookup = lookup(subjects);
        Map<String, String> names = new java.util.HashMap<>();
        subjects.forEach(subject -> names.put(subject.key(), lookup.view(subject, false).name()));
        return names;
    }

    /** One person, audited when in full. */
    public PersonView person(Subject subject, boolean full, String purpose, String context) {
        if (full) {
            auditFull(List.of(subject), purpose, context);
        }
        return lookup(List.of(subject)).view(subject, full);
    }

    private void auditFull(Collection<Subject> subjects, String purpose, String context) {
        List<AuditSubject> audited = subjects.stream().map(subject -> subject.personId() != null
                ? new AuditSubject("person", subject.personId().toString())
                : subject.dependantId() != null ? new AuditSubject("dependant", subject.dependantId().toString())
                : new AuditSubject("visitor", subject.key().substring(2))).distinct().toList();
        audit.recordFullViews(access.current().personId(), Role.CONTACT_TRACER.name(), audited, purpose, context);
    }

    private Lookup lookup(Collection<Subject> subjects) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> dependantIds = new HashSet<>();
        for (Subject subject : subjects) {
            if (subject.personId() != null) {
                personIds.add(subject.personId());
            }
            if (subject.dependantId() != null) {
                dependantIds.add(subject.dependantId());
            }
        }
        return new Lookup(people.findAll(personIds), dependants.findAll(dependantIds));
    }

    /** Current names of registered people and dependants; typed visitors keep what was typed. */
    private record Lookup(Map<Long, Person> persons, Map<Long, Dependant> dependants) {

        PersonView view(Subject subject, boolean full) {
            String kind;
            String name = subject.fullName();
            String phone = subject.phone();
            String id = subject.idNumber();
            if (subject.personId() != null && persons.containsKey(subject.personId())) {
                Person person = persons.get(subject.personId());
                kind = "PERSON";
                name = person.fullName() != null ? person.fullName() : person.phone().national();
                phone = person.phone().international();
                id = person.idNumber();
            } else if (subject.dependantId() != null && dependants.containsKey(subject.dependantId())) {
                Dependant dependant = dependants.get(subject.dependantId());
                kind = "DEPENDANT";
                name = dependant.fullName();
                id = dependant.idNumber();
            } else {
                kind = "UNREGISTERED";
            }
            String national = phone == null ? null : new PhoneNumber(phone).national();
            return full ? new PersonView(kind, subject.personId(), subject.dependantId(), name, national, id, false)
                    : new PersonView(kind, subject.personId(), subject.dependantId(), Masking.name(name),
                            national == null ? null : Masking.phone(national), Masking.idNumber(id), true);
        }
    }
}
