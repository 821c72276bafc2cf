package vn.greenzone.tracing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.greenzone.checkin.PresenceVisit;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;

/**
 * Who a visit's visitor is, as one contact: a registered person (also when staff typed their phone or ID
 * number, or another app's code carried it), a dependant, or someone known only by what was typed.
 * Registered people carry their phone and ID number, so their typed visits are theirs too.
 */
@Component
public class VisitorIdentities {

    private final People people;

    VisitorIdentities(People people) {
        this.people = people;
    }

    /** The subjects of these visits, by visit id, with two queries at most. */
    public Map<Long, Subject> of(Collection<PresenceVisit> visits) {
        Set<Long> personIds = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (PresenceVisit visit : visits) {
            if (visit.personId() != null) {
                personIds.add(visit.personId());
            } else if (visit.dependantId() == null) {
                if (visit.visitorPhone() != null) {
                    phones.add(visit.visitorPhone());
                }
                if (visit.visitorIdNumber() != null) {
                    idNumbers.add(visit.visitorIdNumber());
                }
            }
        }
        Map<String, Person> byPhone = people.findByPhones(phones);
        Map<String, Long> byIdNumber = people.idsByIdNumber(idNumbers);
        personIds.addAll(byIdNumber.values());
        Map<Long, Person> byId = people.findAll(personIds);
        Map<Long, Subject> subjects = new HashMap<>();
        for (PresenceVisit visit : visits) {
            Person person = visit.personId() != null ? byId.get(visit.personId())
                    : visit.dependantId() != null ? null
                    : visit.visitorPhone() != null && byPhone.containsKey(visit.visitorPhone()) ? byPhone.get(visit.visitorPhone())
                    : visit.visitorIdNumber() != null && byIdNumber.containsKey(visit.visitorIdNumber())
                            ? byId.get(byIdNumber.get(visit.visitorIdNumber())) : null;
            subjects.put(visit.id(), person != null ? Subject.of(person) : Subject.of(visit));
        }
        return subjects;
    }

    /** Registered people's subjects with their current phone and ID number; others as they are. */
    public java.util.List<Subject> complete(java.util.List<Subject> subjects) {
        Map<Long, Person> byId = people.findAll(subjects.stream().map(Subject::personId)
                .filter(java.util.Objects::nonNull).toList());
        return subjects.stream().map(subject -> subject.personId() != null && byId.containsKey(subject.personId())
                ? Subject.of(byId.get(subject.personId())) : subject).toList();
    }
}
