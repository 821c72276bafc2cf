package vn.greenzone.tracing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;

/** Contacts of a case: derived, decided, added by hand, followed up. */
@Service
public class ContactService {

    private static final int MAX_NOTE = 2000;

    /** A contact added by hand: a registered person by phone, or a typed one. */
    public record ManualContact(String phone, Long personId, Long dependantId, String fullName, String idNumber,
            Contact.Relation relation) {
    }

    /** A follow-up change: any field may be null to leave it. */
    public record FollowUpEdit(Contact.FollowUp status, Long officerId, boolean clearOfficer, String note) {
    }

    private final CaseService cases;
    private final ContactRepository contacts;
    private final ContactDerivation derivation;
    private final People people;
    private final Dependants dependants;
    private final AccessControl access;
    private final UnitDirectory units;
    private final TracingProperties properties;

    ContactService(CaseService cases, ContactRepository contacts, ContactDerivation derivation, People people,
            Dependants dependants, AccessControl access, UnitDirectory units, TracingProperties properties) {
        this.cases = cases;
        this.contacts = contacts;
        this.derivation = derivation;
        this.people = people;
        this.dependants = dependants;
        this.access = access;
        this.units = units;
        this.properties = properties;
    }

    /** The case's contacts up to {@code depth} generations, derived afresh from the check-ins. */
    public List<Contact> of(TraceCase c, Integer depth) {
        int generations = depth == null ? properties.depth() : depth;
        if (generations < 1 || generations > properties.maxDepth()) {
            throw ProblemException.badRequest("contact.depth-invalid", properties.maxDepth());
        }
        derivation.derive(c, generations);
        return contacts.ofCase(c.id(), generations);
    }

    /** The case's contacts as last derived, every generation (for line lists, which must not derive per case). */
    public List<Contact> stored(TraceCase c) {
        return contacts.ofCase(c.id(), properties.maxDepth());
    }

    public List<ContactPath> pathsOf(Collection<Contact> of) {
        return of.isEmpty() ? List.of() : contacts.pathsOf(of.stream().map(Contact::id).toList());
    }

    @Transactional
    public Contact decide(TraceCase c, long contactId, Contact.Decision decision) {
        Contact contact = ofCase(c, contactId);
        contacts.decide(c.id(), List.of(contact.id()), decision, access.current().personId());
        return contacts.find(contactId).orElseThrow();
    }

    /** Decides many at once; contacts of other cases are refused as a whole (404), none is changed. */
    @Transactional
    public int decideAll(TraceCase c, Collection<Long> contactIds, Contact.Decision decision) {
        if (contactIds == null || contactIds.isEmpty()) {
            throw ProblemException.badRequest("contact.none-chosen");
        }
        if (contacts.countOfCase(c.id(), contactIds) != contactIds.stream().distinct().count()) {
            throw ProblemException.notFound("contact.not-found");
        }
        return contacts.decide(c.id(), contactIds, decision, access.current().personId()).size();
    }

    @Transactional
    public Contact addManual(TraceCase c, ManualContact manual) {
        if (manual.relation() == null) {
            throw ProblemException.badRequest("contact.relation-required");
        }
        Subject subject = subjectOf(manual);
        if (c.subject().keys().contains(subject.key())) {
            throw ProblemException.badRequest("contact.is-the-case");
        }
        return contacts.insertManual(c.id(), subject, manual.relation(), c.windowStart(), access.current().personId());
    }

    /** A contact, for whoever may follow it up: tracers and quarantine officers of the case's unit. */
    public Contact requireForFollowUp(long contactId) {
        Contact contact = contacts.find(contactId).orElseThrow(() -> ProblemException.notFound("contact.not-found"));
        TraceCase c = cases.requireUnchecked(contact.caseId());
        access.requireAny(c.unitCode(), Role.CONTACT_TRACER, Role.QUARANTINE_OFFICER);
        return contact;
    }

    @Transactional
    public Contact followUp(long contactId, FollowUpEdit edit) {
        Contact contact = requireForFollowUp(contactId);
        long me = access.current().personId();
        if (edit.status() != null) {
            contacts.setStatus(contact, edit.status(), me);
        }
        if (edit.clearOfficer()) {
            contacts.setOfficer(contact, null, me);
        } else if (edit.officerId() != null) {
            requireOfficer(edit.officerId(), cases.requireUnchecked(contact.caseId()).unitCode());
            contacts.setOfficer(contact, edit.officerId(), me);
        }
        if (edit.note() != null && !edit.note().isBlank()) {
            if (edit.note().length() > MAX_NOTE) {
                throw ProblemException.badRequest("contact.note-too-long", MAX_NOTE);
            }
            contacts.event(contact.id(), me, "NOTE", null, edit.note().trim());
        }
        return contacts.find(contactId).orElseThrow();
    }

    /** The contact tested positive: a case of the same cluster, and the contact's status says so. */
    @Transactional
    public TraceCase testedPositive(TraceCase parent, Contact contact, CaseService.CaseDates dates) {
        TraceCase c = cases.fromContact(parent, contact, dates);
        contacts.setStatus(contact, Contact.FollowUp.TESTED_POSITIVE, access.current().personId());
        return c;
    }

    public List<ContactRepository.Event> history(long contactId) {
        requireForFollowUp(contactId);
        return contacts.events(contactId);
    }

    /** Confirmed contacts of the cases of a unit, for follow-up lists. */
    public List<Contact> followUpList(String unitCode, Contact.FollowUp status, Long officerId, int limit) {
        access.requireAny(unitCode, Role.CONTACT_TRACER, Role.QUARANTINE_OFFICER);
        return contacts.followUp(units.subtree(unitCode), status, officerId, limit);
    }

    /** The contact, if it belongs to the case: 404 for a contact of another case. */
    public Contact ofCase(TraceCase c, long contactId) {
        return contacts.find(contactId).filter(contact -> contact.caseId() == c.id())
                .orElseThrow(() -> ProblemException.notFound("contact.not-found"));
    }

    /** The officer must hold a tracing or quarantine role over the case's unit. */
    private void requireOfficer(long officerId, String unitCode) {
        List<RoleGrant> grants = access.grantsOf(officerId);
        boolean official = grants.stream().anyMatch(grant -> grant.role() == Role.NATIONAL_ADMIN
                || (grant.role() == Role.CONTACT_TRACER || grant.role() == Role.QUARANTINE_OFFICER)
                   && grant.unitCode() != null
                   && (units.isWithin(unitCode, grant.unitCode()) || units.isWithin(grant.unitCode(), unitCode)));
        if (!official) {
            throw ProblemException.badRequest("contact.officer-invalid");
        }
    }

    private Subject subjectOf(ManualContact manual) {
        if (manual.personId() != null) {
            Person person = Optional.ofNullable(people.findAll(List.of(manual.personId())).get(manual.personId()))
                    .orElseThrow(() -> ProblemException.notFound("case.person-not-found"));
            return Subject.of(person);
        }
        if (manual.dependantId() != null) {
            Dependant dependant = Optional.ofNullable(dependants.findAll(List.of(manual.dependantId())).get(manual.dependantId()))
                    .orElseThrow(() -> ProblemException.notFound("case.person-not-found"));
            return new Subject(null, dependant.id(), dependant.fullName(), null, dependant.idNumber());
        }
        PhoneNumber phone = manual.phone() == null || manual.phone().isBlank() ? null : PhoneNumber.parse(manual.phone());
        if (phone != null) {
            Optional<Person> registered = people.findByPhone(phone);
            if (registered.isPresent()) {
                return Subject.of(registered.get());
            }
        }
        return Subject.typed(manual.fullName(), phone == null ? null : phone.international(), manual.idNumber());
    }
}
