package vn.greenzone.quarantine.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;
import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.tracing.Cases;

/**
 * Whom an officer enrols, as a person or dependant with the person who reports for them (themself, or the
 * guardian) and who must therefore have a phone for the link.
 */
@Component
class EnrolmentSubjects {

    private static final int MAX_NAME = 100;

    /** The subject of a quarantine, the person who reports (and is texted), and the contact it came from. */
    record Subject(Long personId, Long dependantId, String dependantName, Person reader, Long contactId) {
    }

    private final People people;
    private final Dependants dependants;
    private final Cases cases;

    EnrolmentSubjects(People people, Dependants dependants, Cases cases) {
        this.people = people;
        this.dependants = dependants;
        this.cases = cases;
    }

    Subject resolve(NewQuarantine.Who who) {
        if (who == null || ways(who) != 1) {
            throw ProblemException.badRequest("quarantine.subject-required");
        }
        if (who.contactId() != null) {
            return ofContact(cases.contact(who.contactId()));
        }
        if (!blank(who.phone())) {
            PhoneNumber phone = PhoneNumber.parse(who.phone());
            String name = name(who.fullName());
            return ofPerson(people.findByPhone(phone).orElseGet(() -> people.register(phone, name, null, null, null, null)),
                    null);
        }
        if (!blank(who.idNumber())) {
            Long id = people.idsByIdNumber(List.of(who.idNumber().trim())).get(who.idNumber().trim());
            return ofPerson(Optional.ofNullable(id).map(people::find)
                    .orElseThrow(() -> ProblemException.notFound("quarantine.person-not-found")), null);
        }
        if (who.dependantId() != null) {
            return ofDependant(dependants.find(who.dependantId()), null);
        }
        return ofDependant(dependantOf(who.guardianPhone(), who.dependantName()), null);
    }

    private Subject ofContact(Cases.ContactSummary contact) {
        if (!contact.confirmed()) {
            throw new ProblemException(HttpStatus.CONFLICT, "quarantine.contact-not-confirmed");
        }
        if (contact.personId() != null) {
            return ofPerson(people.find(contact.personId()), contact.id());
        }
        if (contact.dependantId() != null) {
            return ofDependant(dependants.find(contact.dependantId()), contact.id());
        }
        if (contact.phone() == null) {
            throw ProblemException.badRequest("quarantine.contact-without-phone");
        }
        // A visitor staff typed in with a phone: registered now, so the link reaches them and they can sign in later.
        Person registered = people.register(new PhoneNumber(contact.phone()), name(contact.fullName()), null, null, null, null);
        return ofPerson(registered, contact.id());
    }

    private Subject ofPerson(Person person, Long contactId) {
        return new Subject(person.id(), null, null, person, contactId);
    }

    private Subject ofDependant(Dependant dependant, Long contactId) {
        return new Subject(null, dependant.id(), dependant.fullName(), people.find(dependant.guardianId()), contactId);
    }

    /** The guardian's dependant by name, typed with or without diacritics. */
    private Dependant dependantOf(String guardianPhone, String dependantName) {
        if (blank(dependantName)) {
            throw ProblemException.badRequest("quarantine.dependant-name-required");
        }
        Person guardian = people.findByPhone(PhoneNumber.parse(guardianPhone))
                .orElseThrow(() -> ProblemException.notFound("quarantine.person-not-found"));
        String wanted = VietnameseText.searchKey(dependantName);
        return dependants.ofGuardian(guardian.id()).stream()
                .filter(dependant -> VietnameseText.searchKey(dependant.fullName()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("quarantine.dependant-not-found"));
    }

    private static int ways(NewQuarantine.Who who) {
        return (who.contactId() != null ? 1 : 0) + (blank(who.phone()) ? 0 : 1) + (blank(who.idNumber()) ? 0 : 1)
                + (who.dependantId() != null ? 1 : 0) + (blank(who.guardianPhone()) ? 0 : 1);
    }

    private static String name(String typed) {
        if (blank(typed)) {
            return null;
        }
        String name = typed.trim().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME) {
            throw ProblemException.badRequest("quarantine.name-invalid", MAX_NAME);
        }
        return name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
