package vn.greenzone.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;

/** A person's own declarations and their dependants': make one, the prefilled next one, history, status. */
@Service
public class DeclarationService {

    private static final int HISTORY = 50;

    private final DeclarationRepository repository;
    private final DeclarationRules rules;
    private final AccessControl access;
    private final People people;
    private final Dependants dependants;
    private final DeclarationProperties properties;
    private final Clock clock;

    DeclarationService(DeclarationRepository repository, DeclarationRules rules, AccessControl access, People people,
            Dependants dependants, DeclarationProperties properties, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.people = people;
        this.dependants = dependants;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The signed-in person declares for themself, or for one of their dependants (404
     * {@code dependant.not-found} for anyone else's). Costs one insert, plus one read for a dependant.
     */
    public StoredDeclaration declare(NewDeclaration form) {
        long me = access.current().personId();
        if (form.dependantId() == null) {
            return record(form, valid -> Subject.person(me), me, DeclaredBy.SELF, null);
        }
        Subject dependant = Subject.dependant(dependants.requireMine(form.dependantId()).id());
        return record(form, valid -> dependant, me, DeclaredBy.GUARDIAN, null);
    }

    /**
     * Checks and stores a declaration; {@code subject} names whom it is about once it is known to be valid (a
     * checkpoint registers a new traveller only then). Whoever calls has checked who may.
     */
    StoredDeclaration record(NewDeclaration form, Function<ValidDeclaration, Subject> subjectOf, long madeBy,
            DeclaredBy madeAs, Long venueId) {
        // PostgreSQL keeps microseconds: the answer shows the time as it is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ValidDeclaration valid = rules.validate(form, today(now));
        Subject subject = subjectOf.apply(valid);
        long id = repository.insert(valid, subject, madeBy, madeAs, venueId, now);
        return new StoredDeclaration(id, subject, madeBy, madeAs, venueId, now, valid.flagged(), valid);
    }

    /**
     * The next declaration of the signed-in person or their dependant, prefilled: who they are from the
     * profile (or the dependant's record), the rest of the personal part from their last declaration, else
     * the profile (a dependant gets their guardian's address and phone). The answers start empty.
     */
    public NewDeclaration draft(DeclarationKind kind, Long dependantId) {
        Person me = people.me();
        Dependant dependant = dependantId == null ? null : dependants.requireMine(dependantId);
        Optional<ValidDeclaration> last = lastContent(dependant == null ? Subject.person(me.id())
                : Subject.dependant(dependant.id()));
        if (dependant != null && last.isEmpty()) {
            // A child's first declaration: they live with their guardian, who has declared before.
            last = lastContent(Subject.person(me.id())).map(DeclarationService::withoutIdentity);
        }
        String name = dependant == null ? me.fullName() : dependant.fullName();
        String idNumber = dependant == null ? me.idNumber() : dependant.idNumber();
        LocalDate birth = dependant == null ? me.birthDate() : dependant.birthDate();
        Gender gender = dependant == null ? me.gender() : dependant.gender();
        return new NewDeclaration(kind.name(), dependantId,
                name != null ? name : last.map(ValidDeclaration::fullName).orElse(null),
                idNumber != null ? idNumber : last.map(ValidDeclaration::idNumber).orElse(null),
                birth != null ? Integer.valueOf(birth.getYear())
                        : last.map(ValidDeclaration::birthYear).filter(year -> year > 0).orElse(null),
                gender != null ? gender.name() : last.map(ValidDeclaration::gender).orElse(null),
                last.map(ValidDeclaration::nationality).orElse("VN"),
                last.map(ValidDeclaration::unitCode).orElse(me.residenceUnit()),
                last.map(ValidDeclaration::street).orElse(null),
                new PhoneNumber(last.map(ValidDeclaration::phone).orElse(me.phone().international())).national(),
                last.map(ValidDeclaration::email).orElse(null),
                last.map(ValidDeclaration::insuranceNumber).orElse(null),
                List.of(), List.of(), List.of(), List.of(),
                last.map(ValidDeclaration::chronicConditions).orElse(null), null, null);
    }

    private Optional<ValidDeclaration> lastContent(Subject subject) {
        return repository.lastOf(subject).map(StoredDeclaration::content);
    }

    /** The guardian's address, phone and nationality, not who they are nor their health. */
    private static ValidDeclaration withoutIdentity(ValidDeclaration guardians) {
        return new ValidDeclaration(guardians.kind(), null, null, 0, null, guardians.nationality(),
                guardians.unitCode(), guardians.street(), guardians.phone(), null, null, List.of(), List.of(),
                List.of(), List.of(), null, null, null);
    }

    /** The signed-in person's declarations and their dependants', newest first. */
    public List<StoredDeclaration> mine() {
        long me = access.current().personId();
        return repository.recentOf(me, dependants.mine().stream().map(Dependant::id).toList(), HISTORY);
    }

    /** Whether the subject declared within the validity (24 h), and whether anything was flagged. */
    public DoorStatus statusOf(Subject subject) {
        return repository.statusOf(subject, clock.instant().minus(properties.validFor()));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, properties.zone());
    }
}
