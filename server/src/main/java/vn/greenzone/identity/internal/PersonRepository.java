package vn.greenzone.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.identity.Gender;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;

/** SQL for the {@code person} table. */
@Repository
public class PersonRepository {

    private static final String COLUMNS = "id, phone, full_name, birth_date, gender, id_number, residence_unit";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> findAll(Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS + " from person where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(PersonRepository::map).list();
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id").param("id", id)
                .query(PersonRepository::map).optional();
    }

    public Optional<Person> findByPhone(PhoneNumber phone) {
        return jdbc.sql("select " + COLUMNS + " from person where phone = :phone").param("phone", phone.international())
                .query(PersonRepository::map).optional();
    }

    /** For each ID number, the first person registered with it. */
    public Map<String, Long> idsByIdNumber(Collection<String> idNumbers) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id_number, min(id) as id from person where id_number = any(:numbers) group by id_number")
                .param("numbers", idNumbers.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("id_number"), rs.getLong("id"));
                });
        return ids;
    }

    /** The people holding these numbers (international form), by number; numbers of nobody are left out. */
    public Map<String, Person> findByPhones(Collection<String> phones) {
        Map<String, Person> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from person where phone = any(:phones)")
                .param("phones", phones.toArray(String[]::new))
                .query(PersonRepository::map).list()
                .forEach(person -> found.put(person.phone().international(), person));
        return found;
    }

    /** The ids of the people holding these numbers (international form), by number: one array, any length. */
    public Map<String, Long> idsByPhone(Collection<String> phones) {
        Map<String, Long> found = new HashMap<>();
        jdbc.sql("select phone, id from person where phone = any(:phones)")
                .param("phones", phones.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), rs.getLong(2));
                });
        return found;
    }

    /** The person with this number, created on first sign-in; safe when two nodes race. */
    public Person findOrCreate(PhoneNumber phone) {
        jdbc.sql("insert into person (phone) values (:phone) on conflict (phone) do nothing")
                .param("phone", phone.international()).update();
        return findByPhone(phone).orElseThrow();
    }

    /** Creates the person with this profile unless the number is already known; returns who holds the number. */
    public Person register(PhoneNumber phone, String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String residenceUnit) {
        jdbc.sql("""
                        insert into person (phone, full_name, birth_date, gender, id_number, residence_unit)
                        values (:phone, :name, :birth, :gender, :idNumber, :unit) on conflict (phone) do nothing""")
                .param("phone", phone.international()).param("name", fullName).param("birth", birthDate)
                .param("gender", gender == null ? null : gender.name()).param("idNumber", idNumber)
                .param("unit", residenceUnit)
                .update();
        return findByPhone(phone).orElseThrow();
    }

    public void updateProfile(long id, String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String residenceUnit) {
        jdbc.sql("""
                        update person set full_name = :name, birth_date = :birth, gender = :gender,
                               id_number = :idNumber, residence_unit = :unit
                        where id = :id""")
                .param("name", fullName).param("birth", birthDate)
                .param("gender", gender == null ? null : gender.name())
                .param("idNumber", idNumber).param("unit", residenceUnit).param("id", id)
                .update();
    }

    public List<Person> residentsOf(Collection<String> unitCodes, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from person where residence_unit = any(:units) "
                        + "order by full_name nulls last, id limit :limit offset :offset")
                .param("units", unitCodes.toArray(String[]::new)).param("limit", limit).param("offset", offset)
                .query(PersonRepository::map).list();
    }

    public long countResidents(Collection<String> unitCodes) {
        return jdbc.sql("select count(*) from person where residence_unit = any(:units)")
                .param("units", unitCodes.toArray(String[]::new)).query(Long.class).single();
    }

    /**
     * People registered with a phone number per home unit, each present dependant counted in their guardian's home
     * unit (a dependant has no unit of their own); people without a home unit are left out.
     */
    public Map<String, Long> registeredByHomeUnit() {
        var counts = new HashMap<String, Long>();
        jdbc.sql("""
                select unit, sum(registered) as registered from (
                    select residence_unit as unit, count(*) as registered from person
                     where residence_unit is not null group by residence_unit
                    union all
                    select p.residence_unit, count(*) from dependant d join person p on p.id = d.guardian_id
                     where d.removed_at is null and p.residence_unit is not null group by p.residence_unit) counted
                group by unit""").query(row -> {
                    counts.put(row.getString("unit"), row.getLong("registered"));
                });
        return counts;
    }

    private static Person map(ResultSet row, int number) throws SQLException {
        String gender = row.getString("gender");
        return new Person(row.getLong("id"), new PhoneNumber(row.getString("phone")), row.getString("full_name"),
                row.getObject("birth_date", LocalDate.class), gender == null ? null : Gender.valueOf(gender),
                row.getString("id_number"), row.getString("residence_unit"));
    }
}
