package vn.greenzone.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactNotices;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.VenueAlertService;

/**
 * Contact tracing for other modules (demo data, quarantine enrolment, the exposure key server). Every call
 * acts as the signed-in official, with the same rights checks as the API.
 */
@Service
public class Cases {

    private final CaseService cases;
    private final ContactService contacts;
    private final ContactNotices notices;
    private final VenueAlertService venueAlerts;

    Cases(CaseService cases, ContactService contacts, ContactNotices notices, VenueAlertService venueAlerts) {
        this.cases = cases;
        this.contacts = contacts;
        this.notices = notices;
        this.venueAlerts = venueAlerts;
    }

    /**
     * What another module may know of a case the signed-in tracer may act on: whom to text (international
     * phone, null when the person has none) and from which day the case was infectious.
     */
    public record CaseSummary(long id, String phone, LocalDate onsetDate, LocalDate sampleDate, String unitCode) {
    }

    /** The case, for the signed-in tracer: 404 when there is none, 403 outside their units. */
    public CaseSummary summary(long caseId) {
        TraceCase c = cases.require(caseId);
        return new CaseSummary(c.id(), c.phone(), c.onsetDate(), c.sampleDate(), c.unitCode());
    }

    /**
     * What quarantine enrolment may know of a contact: a registered person, a dependant, or a visitor known by
     * the name and (international) phone staff typed; whether a tracer confirmed them; when exposure began.
     */
    public record ContactSummary(long id, long caseId, Long personId, Long dependantId, String fullName, String phone,
            boolean confirmed, Instant exposureStart) {
    }

    /** The contact, for a tracer or quarantine officer of its case's area: 404 when there is none, 403 elsewhere. */
    public ContactSummary contact(long contactId) {
        Contact c = contacts.requireForFollowUp(contactId);
        return new ContactSummary(c.id(), c.caseId(), c.personId(), c.dependantId(), c.fullName(), c.phone(),
                c.decision() == Contact.Decision.CONFIRMED, c.exposureStart());
    }

    /** Records a case of the person with this phone, managed in {@code unitCode} (null: their residence); returns its id. */
    public long record(String phone, String unitCode, LocalDate sampleDate, LocalDate onsetDate, LocalDate isolationDate,
            String source) {
        return cases.record(new CaseService.SubjectRef(null, null, phone, null, null), unitCode,
                new CaseService.CaseDates(sampleDate, onsetDate, isolationDate), source, null).id();
    }

    /** Derives the case's contacts to {@code depth} generations; returns registered person id → contact id. */
    public Map<Long, Long> contactsByPerson(long caseId, int depth) {
        Map<Long, Long> found = new HashMap<>();
        for (Contact contact : contacts.of(cases.require(caseId), depth)) {
            if (contact.personId() != null) {
                found.put(contact.personId(), contact.id());
            }
        }
        return found;
    }

    public int confirm(long caseId, Collection<Long> contactIds) {
        return contacts.decideAll(cases.require(caseId), contactIds, Contact.Decision.CONFIRMED);
    }

    /** Notifies the confirmed contacts not yet notified; returns how many were. */
    public int notifyContacts(long caseId) {
        return notices.notify(cases.require(caseId)).notified();
    }

    /** The contact tested positive: returns the id of the new case, in the same cluster. */
    public long testedPositive(long caseId, long contactId, LocalDate sampleDate, LocalDate isolationDate) {
        TraceCase parent = cases.require(caseId);
        return contacts.testedPositive(parent, contacts.ofCase(parent, contactId),
                new CaseService.CaseDates(sampleDate, null, isolationDate)).id();
    }

    /** Proposes a risky venue and time window; returns the proposal's id. */
    public long proposeRiskyVenue(long venueId, Instant from, Instant to, String messageType) {
        return venueAlerts.propose(venueId, from, to, VenueAlertService.MessageType.valueOf(messageType)).id();
    }

    /** Approves another official's proposal, notifying everyone who was there; returns how many were told. */
    public int approveRiskyVenue(long proposalId) {
        Integer told = venueAlerts.decide(proposalId, true).notified();
        return told == null ? 0 : told;
    }
}
