package vn.greenzone.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Gender;

/** SQL for the {@code dependant} table. */
@Repository
public class DependantRepository {

    private static final String COLUMNS = "id, guardian_id, full_name, birth_date, gender, id_number, relationship";

    private final JdbcClient jdbc;

    DependantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The guardian's current dependants, oldest first. */
    public List<Dependant> ofGuardian(long guardianId) {
        return jdbc.sql("select " + COLUMNS + " from dependant where guardian_id = :guardian and removed_at is null order by id")
                .param("guardian", guardianId).query(DependantRepository::map).list();
    }

    public int countOfGuardian(long guardianId) {
        return jdbc.sql("select count(*) from dependant where guardian_id = :guardian and removed_at is null")
                .param("guardian", guardianId).query(Integer.class).single();
    }

    /** The dependant, even one their guardian removed. */
    public List<Dependant> findAll(Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS + " from dependant where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(DependantRepository::map).list();
    }

    public Optional<Dependant> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from dependant where id = :id").param("id", id)
                .query(DependantRepository::map).optional();
    }

    /** The dependant if this guardian has not removed them. */
    public Optional<Dependant> findCurrent(long id, long guardianId) {
        return jdbc.sql("select " + COLUMNS + " from dependant where id = :id and guardian_id = :guardian and removed_at is null")
                .param("id", id).param("guardian", guardianId).query(DependantRepository::map).optional();
    }

    public Dependant insert(long guardianId, String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String relationship) {
        return jdbc.sql("""
                        insert into dependant (guardian_id, full_name, birth_date, gender, id_number, relationship)
                        values (:guardian, :name, :birth, :gender, :idNumber, :relationship)
                        returning""" + " " + COLUMNS)
                .param("guardian", guardianId).param("name", fullName).param("birth", birthDate)
                .param("gender", gender == null ? null : gender.name()).param("idNumber", idNumber)
                .param("relationship", relationship)
                .query(DependantRepository::map).single();
    }

    public void markRemoved(long id) {
        jdbc.sql("update dependant set removed_at = now() where id = :id and removed_at is null").param("id", id).update();
    }

    private static Dependant map(ResultSet row, int number) throws SQLException {
        String gender = row.getString("gender");
        return new Dependant(row.getLong("id"), row.getLong("guardian_id"), row.getString("full_name"),
                row.getObject("birth_date", LocalDate.class), gender == null ? null : Gender.valueOf(gender),
                row.getString("id_number"), row.getString("relationship"));
    }
}
