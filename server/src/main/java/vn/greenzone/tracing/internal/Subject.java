package vn.greenzone.tracing.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.greenzone.checkin.PresenceVisit;
import vn.greenzone.identity.Person;
import vn.greenzone.platform.ProblemException;

/**
 * Someone a case or a contact is about: a registered person, a dependant, or a visitor known only by
 * what staff typed or another app's code carried. {@code phone} is international.
 */
public record Subject(Long personId, Long dependantId, String fullName, String phone, String idNumber) {

    /** The visitor of a visit. */
    public static Subject of(PresenceVisit visit) {
        return new Subject(visit.personId(), visit.dependantId(), visit.visitorName(), visit.visitorPhone(),
                visit.visitorIdNumber());
    }

    /** A registered person; one without a name in their profile is named by their number. */
    public static Subject of(Person person) {
        String name = person.fullName() == null ? person.phone().national() : person.fullName();
        return new Subject(person.id(), null, name, person.phone().international(), person.idNumber());
    }

    /** Someone the tracer typed: a name is required, an ID number must look like one. */
    public static Subject typed(String fullName, String internationalPhone, String idNumber) {
        String name = fullName == null ? "" : fullName.trim().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 100) {
            throw ProblemException.badRequest("case.name-invalid");
        }
        String id = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
        if (id != null && !id.matches("[0-9A-Z]{8,12}")) {
            throw ProblemException.badRequest("case.id-number-invalid");
        }
        return new Subject(null, null, name, internationalPhone, id);
    }

    /** One key per person: the person, else the dependant, else phone, ID number or name of the visitor. */
    public String key() {
        if (personId != null) {
            return "P:" + personId;
        }
        if (dependantId != null) {
            return "D:" + dependantId;
        }
        if (phone != null) {
            return "V:" + phone;
        }
        return idNumber != null ? "V:" + idNumber : "V:" + (fullName == null ? "" : fullName.toUpperCase());
    }

    /** Every key under which this subject's own visits may appear (a registered person typed in by staff too). */
    public Set<String> keys() {
        var keys = new LinkedHashSet<String>();
        keys.add(key());
        if (phone != null) {
            keys.add("V:" + phone);
        }
        if (idNumber != null) {
            keys.add("V:" + idNumber);
        }
        return keys;
    }
}
