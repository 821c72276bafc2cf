package vn.greenzone.tracing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
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
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;

/**
 * Recording and editing cases. A contact tracer acts on the cases of their unit and the units below it;
 * a national administrator anywhere.
 */
@Service
public class CaseService {

    private static final int MAX_TEXT = 2000;

    /** How the tracer named the case's subject: exactly one of the ways. */
    public record SubjectRef(Long personId, Long dependantId, String phone, String idNumber, NewPerson newPerson) {
    }

    /** Someone not registered yet. A phone makes them a person (they can sign in later); without one they stay typed. */
    public record NewPerson(String fullName, String phone, String idNumber, String address, LocalDate birthDate) {
    }

    public record CaseDates(LocalDate sampleDate, LocalDate onsetDate, LocalDate isolationDate) {
    }

    /** Fields a tracer may change; null leaves one as it is (onset: see {@code clearOnset}). */
    public record CaseEdit(LocalDate sampleDate, LocalDate onsetDate, boolean clearOnset, LocalDate isolationDate,
            String source, String notes, TraceCase.Status status) {
    }

    private final CaseRepository cases;
    private final People people;
    private final Dependants dependants;
    private final UnitDirectory units;
    private final AccessControl access;
    private final TracingProperties properties;
    private final Clock clock;

    CaseService(CaseRepository cases, People people, Dependants dependants, UnitDirectory units, AccessControl access,
            TracingProperties properties, Clock clock) {
        this.cases = cases;
        this.people = people;
        this.dependants = dependants;
        this.units = units;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public TraceCase record(SubjectRef ref, String unitCode, CaseDates dates, String source, String notes) {
        access.current();
        InfectiousWindow window = window(dates);
        Resolved subject = resolve(ref);
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode.trim() : subject.residence();
        if (unit == null) {
            throw ProblemException.badRequest("case.unit-required");
        }
        access.require(Role.CONTACT_TRACER, unit);
        return cases.insert(new CaseRepository.NewCase(subject.subject(), subject.address(), unit, dates.sampleDate(),
                dates.onsetDate(), dates.isolationDate(), window, text(source, "source"), text(notes, "notes"), null,
                null, access.current().personId()));
    }

    /** A contact who tested positive becomes a case of the same cluster. */
    @Transactional
    public TraceCase fromContact(TraceCase parent, Contact contact, CaseDates dates) {
        InfectiousWindow window = window(dates);
        Subject subject = contact.subject();
        String address = null;
        if (subject.personId() != null) {
            subject = Subject.of(people.find(subject.personId()));
        }
        return cases.insert(new CaseRepository.NewCase(subject, address, parent.unitCode(), dates.sampleDate(),
                dates.onsetDate(), dates.isolationDate(), window, null, null, parent.clusterId(), contact.id(),
                access.current().personId()));
    }

    /** The case, if the signed-in person may act on it: 404 when there is none, 403 outside their units. */
    public TraceCase require(long caseId) {
        TraceCase c = cases.find(caseId).orElseThrow(() -> ProblemException.notFound("case.not-found"));
        access.require(Role.CONTACT_TRACER, c.unitCode());
        return c;
    }

    /** The case whoever asks, for checks made elsewhere (a contact's follow-up); 404 when there is none. */
    public TraceCase requireUnchecked(long caseId) {
        return cases.find(caseId).orElseThrow(() -> ProblemException.notFound("case.not-found"));
    }

    public List<TraceCase> inUnit(String unitCode, TraceCase.Status status, int limit) {
        access.require(Role.CONTACT_TRACER, unitCode);
        return cases.inUnits(units.subtree(unitCode), status, limit);
    }

    @Transactional
    public TraceCase edit(long caseId, CaseEdit edit) {
        TraceCase before = require(caseId);
        LocalDate sample = edit.sampleDate() != null ? edit.sampleDate() : before.sampleDate();
        LocalDate onset = edit.clearOnset() ? null : edit.onsetDate() != null ? edit.onsetDate() : before.onsetDate();
        LocalDate isolation = edit.isolationDate() != null ? edit.isolationDate() : before.isolationDate();
        InfectiousWindow window = window(new CaseDates(sample, onset, isolation));
        TraceCase after = new TraceCase(before.id(), before.clusterId(), before.personId(), before.dependantId(),
                before.fullName(), before.phone(), before.idNumber(), before.address(), before.unitCode(), sample, onset,
                isolation, window.start(), window.end(),
                edit.source() != null ? text(edit.source(), "source") : before.source(),
                edit.notes() != null ? text(edit.notes(), "notes") : before.notes(),
                edit.status() != null ? edit.status() : before.status(), before.fromContactId(), before.createdBy(),
                before.createdAt());
        cases.update(before, after, access.current().personId());
        return cases.find(caseId).orElseThrow();
    }

    public List<CaseRepository.Change> history(long caseId) {
        require(caseId);
        return cases.history(caseId);
    }

    public List<TraceCase> cluster(TraceCase c) {
        return cases.inCluster(c.clusterId());
    }

    /** Which of these contacts' keys are themselves cases: key → case id. */
    public Map<String, Long> casesByKey(java.util.Collection<String> keys) {
        return cases.casesByKey(keys);
    }

    private InfectiousWindow window(CaseDates dates) {
        return InfectiousWindow.of(dates.sampleDate(), dates.onsetDate(), dates.isolationDate(),
                LocalDate.now(clock.withZone(properties.zone())), properties);
    }

    private record Resolved(Subject subject, String residence, String address) {
    }

    private Resolved resolve(SubjectRef ref) {
        int ways = (ref.personId() != null ? 1 : 0) + (ref.dependantId() != null ? 1 : 0) + (blank(ref.phone()) ? 0 : 1)
                + (blank(ref.idNumber()) ? 0 : 1) + (ref.newPerson() != null ? 1 : 0);
        if (ways != 1) {
            throw ProblemException.badRequest("case.subject-required");
        }
        if (ref.personId() != null) {
            Person person = people.findAll(List.of(ref.personId())).get(ref.personId());
            return ofPerson(Optional.ofNullable(person));
        }
        if (!blank(ref.phone())) {
            return ofPerson(people.findByPhone(PhoneNumber.parse(ref.phone())));
        }
        if (!blank(ref.idNumber())) {
            Long id = people.idsByIdNumber(List.of(ref.idNumber().trim())).get(ref.idNumber().trim());
            return ofPerson(Optional.ofNullable(id).map(people::find));
        }
        if (ref.dependantId() != null) {
            Dependant dependant = dependants.findAll(List.of(ref.dependantId())).get(ref.dependantId());
            if (dependant == null) {
                throw ProblemException.notFound("case.person-not-found");
            }
            Person guardian = people.find(dependant.guardianId());
            return new Resolved(new Subject(null, dependant.id(), dependant.fullName(), null, dependant.idNumber()),
                    guardian.residenceUnit(), null);
        }
        return ofNewPerson(ref.newPerson());
    }

    private Resolved ofPerson(Optional<Person> person) {
        Person found = person.orElseThrow(() -> ProblemException.notFound("case.person-not-found"));
        return new Resolved(Subject.of(found), found.residenceUnit(), null);
    }

    private Resolved ofNewPerson(NewPerson typed) {
        Subject checked = Subject.typed(typed.fullName(), null, typed.idNumber());
        String address = text(typed.address(), "address");
        if (!blank(typed.phone())) {
            Person person = people.register(PhoneNumber.parse(typed.phone()), checked.fullName(), typed.birthDate(), null,
                    checked.idNumber(), null);
            return new Resolved(Subject.of(person), person.residenceUnit(), address);
        }
        return new Resolved(checked, null, address);
    }

    private static String text(String value, String field) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "case.text-too-long", field, MAX_TEXT);
        }
        return value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
