package vn.greenzone.tracing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Tells a case's confirmed contacts what to do: a notice on their home page and an SMS (to the guardian
 * for a dependant). Each contact is told once however often the tracer presses the button; the SMS
 * goes to the outbox in the same transaction as the mark.
 */
@Service
public class ContactNotices {

    /** What one press of "notify" did. */
    public record Outcome(int notified, int alreadyNotified, int withoutPhone) {
    }

    private final ContactRepository contacts;
    private final AlertRepository alerts;
    private final AlertTexts texts;
    private final SmsSender sms;
    private final People people;
    private final Dependants dependants;
    private final Venues venues;
    private final AccessControl access;

    ContactNotices(ContactRepository contacts, AlertRepository alerts, AlertTexts texts, SmsSender sms, People people,
            Dependants dependants, Venues venues, AccessControl access) {
        this.contacts = contacts;
        this.alerts = alerts;
        this.texts = texts;
        this.sms = sms;
        this.people = people;
        this.dependants = dependants;
        this.venues = venues;
        this.access = access;
    }

    @Transactional
    public Outcome notify(TraceCase c) {
        int before = contacts.countNotified(c.id());
        List<Contact> marked = contacts.markNotified(c.id(), access.current().personId());
        Map<Long, ContactPath> firstPath = new HashMap<>();
        for (ContactPath path : contacts.pathsOf(marked.stream().map(Contact::id).toList())) {
            firstPath.merge(path.contactId(), path,
                    (kept, other) -> other.exposureStart().isBefore(kept.exposureStart()) ? other : kept);
        }
        Map<Long, Venue> venueById = venues.findAll(firstPath.values().stream().map(ContactPath::venueId).toList());
        Map<Long, Dependant> dependantById = dependants.findAll(marked.stream().map(Contact::dependantId)
                .filter(java.util.Objects::nonNull).toList());
        var readers = new java.util.HashSet<Long>();
        marked.stream().map(Contact::personId).filter(java.util.Objects::nonNull).forEach(readers::add);
        dependantById.values().forEach(dependant -> readers.add(dependant.guardianId()));
        Map<Long, Person> personById = people.findAll(readers);
        int withoutPhone = 0;
        for (Contact contact : marked) {
            ContactPath first = firstPath.get(contact.id());
            Venue venue = first == null ? null : venueById.get(first.venueId());
            Instant at = first != null ? first.exposureStart() : contact.exposureStart();
            if (!tell(c, contact, venue == null ? null : venue.name(), at, dependantById, personById)) {
                withoutPhone++;
            }
        }
        return new Outcome(marked.size(), before, withoutPhone);
    }

    /** Stores the notice (for a contact with an account, or a dependant's guardian) and sends the SMS; false when there is no phone. */
    private boolean tell(TraceCase c, Contact contact, String venueName, Instant at, Map<Long, Dependant> dependantById,
            Map<Long, Person> personById) {
        Long reader = contact.personId();
        String about = null;
        String phone = contact.phone();
        Dependant dependant = contact.dependantId() == null ? null : dependantById.get(contact.dependantId());
        if (dependant != null) {
            reader = dependant.guardianId();
            about = dependant.fullName();
        }
        if (reader != null && personById.containsKey(reader)) {
            phone = personById.get(reader).phone().international();
            alerts.insert(new AlertRepository.NewAlert(reader, "CONTACT", contact.id(), null, about, contact.generation(),
                    venueName, at, null, c.unitCode()));
        }
        if (phone == null) {
            return false;
        }
        sms.send(phone, texts.sms(new AlertRepository.StoredAlert(0, "CONTACT", about, contact.generation(), venueName,
                at, null, c.unitCode(), at)));
        return true;
    }
}
