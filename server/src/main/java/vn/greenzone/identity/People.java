package vn.greenzone.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.internal.PersonRepository;
import vn.greenzone.identity.internal.ProfileRules;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/** People's profiles, and the masked list of residents that administrators see for their unit. */
@Service
public class People {

    /** A resident as a list shows them: masked, since a list is not a reason to see anyone in full. */
    public record MaskedPerson(long id, String name, String phone, String idNumber, Integer birthYear,
            String residenceUnit) {
    }

    /** A page of residents of a unit and everything below it. */
    public record Residents(List<MaskedPerson> people, long total) {
    }

    private final PersonRepository repository;
    private final UnitDirectory units;
    private final AccessControl access;

    People(PersonRepository repository, UnitDirectory units, AccessControl access) {
        this.repository = repository;
        this.units = units;
        this.access = access;
    }

    public Person find(long id) {
        return repository.findById(id).orElseThrow(() -> ProblemException.notFound("person.not-found"));
    }

    /** The people with these ids, by id; ids of nobody are left out. */
    public Map<Long, Person> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.findAll(ids).stream()
                  .collect(Collectors.toMap(Person::id, person -> person));
    }

    /** Whoever holds this number, if anyone does. */
    public Optional<Person> findByPhone(PhoneNumber phone) {
        return repository.findByPhone(phone);
    }

    /** The people holding these numbers (international form, as visits store them), by number. */
    public Map<String, Person> findByPhones(Collection<String> internationalPhones) {
        return internationalPhones.isEmpty() ? Map.of() : repository.findByPhones(internationalPhones);
    }

    /**
     * The ids of the registered people among these numbers (international form), by number: for rosters of up to
     * 100,000, so only the ids are read.
     */
    public Map<String, Long> idsByPhone(Collection<String> internationalPhones) {
        return internationalPhones.isEmpty() ? Map.of() : repository.idsByPhone(internationalPhones);
    }

    /**
     * For ID numbers as other apps' codes carry them (compared upper-case, as stored), the first person
     * registered with each; unknown ones are left out.
     */
    public Map<String, Long> idsByIdNumber(Collection<String> idNumbers) {
        Map<String, String> normalised = new HashMap<>();
        for (String number : idNumbers) {
            String id = ProfileRules.normalisedIdNumber(number);
            if (ProfileRules.isIdNumber(id)) {
                normalised.put(id, number);
            }
        }
        Map<String, Long> found = normalised.isEmpty() ? Map.of() : repository.idsByIdNumber(normalised.keySet());
        Map<String, Long> byGiven = new HashMap<>();
        found.forEach((id, person) -> byGiven.put(normalised.get(id), person));
        return byGiven;
    }

    /** Profile of the signed-in person, as they filled it in. */
    public Person me() {
        return find(access.current().personId());
    }

    public Person updateMyProfile(String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String residenceUnit) {
        String name = ProfileRules.fullName(fullName);
        ProfileRules.birthDate(birthDate);
        String id = ProfileRules.idNumber(idNumber);
        String unit = residenceUnit == null || residenceUnit.isBlank() ? null : residenceUnit;
        if (unit != null && (units.require(unit).code().equals(AdministrativeUnit.COUNTRY) || !units.children(unit).isEmpty())) {
            throw ProblemException.badRequest("person.residence-not-commune");
        }
        long me = access.current().personId();
        repository.updateProfile(me, name, birthDate, gender, id, unit);
        return find(me);
    }

    /**
     * Records a person known by their number without their signing in (demo data, and later people
     * declared by staff); an existing person is returned unchanged.
     */
    public Person register(PhoneNumber phone, String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String residenceUnit) {
        return repository.register(phone, fullName, birthDate, gender, idNumber, residenceUnit);
    }

    /** How many people (and their dependants) are registered per home unit now, for adoption counts; no names. */
    public Map<String, Long> registeredByHomeUnit() {
        return repository.registeredByHomeUnit();
    }

    /** Residents of a unit, for its administrators (and those above them). */
    public Residents residentsOf(String unitCode, int page, int size) {
        access.require(Role.UNIT_ADMIN, unitCode);
        Set<String> subtree = units.subtree(unitCode);
        List<MaskedPerson> list = repository.residentsOf(subtree, size, page * size).stream().map(People::masked).toList();
        return new Residents(list, repository.countResidents(subtree));
    }

    private static MaskedPerson masked(Person person) {
        return new MaskedPerson(person.id(), Masking.name(person.fullName()), person.phone().masked(),
                Masking.idNumber(person.idNumber()), person.birthDate() == null ? null : person.birthDate().getYear(),
                person.residenceUnit());
    }
}
