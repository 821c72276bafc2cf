package vn.greenzone.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;

/** SQL for the {@code role_grant} table. */
@Repository
public class RoleGrantRepository {

    private static final String COLUMNS = "id, person_id, role, unit_code, granted_by, granted_at";

    private final JdbcClient jdbc;

    RoleGrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoleGrant> grantsOf(long personId) {
        return jdbc.sql("select " + COLUMNS + " from role_grant where person_id = :person order by id")
                .param("person", personId).query(RoleGrantRepository::map).list();
    }

    /** A grant with its holder's name and phone, read in one query for a unit's role list. */
    public record HeldGrant(RoleGrant grant, String fullName, PhoneNumber phone) {
    }

    public List<HeldGrant> grantsOn(Collection<String> unitCodes) {
        return jdbc.sql("""
                        select g.id, g.person_id, g.role, g.unit_code, g.granted_by, g.granted_at, p.full_name, p.phone
                        from role_grant g join person p on p.id = g.person_id
                        where g.unit_code = any(:units) order by g.unit_code, g.role, g.id""")
                .param("units", unitCodes.toArray(String[]::new))
                .query((row, n) -> new HeldGrant(map(row, n), row.getString("full_name"), new PhoneNumber(row.getString("phone"))))
                .list();
    }

    public Optional<RoleGrant> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from role_grant where id = :id").param("id", id)
                .query(RoleGrantRepository::map).optional();
    }

    /** Grants the role unless the person already holds it there; returns the grant either way. */
    public RoleGrant grant(long personId, Role role, String unitCode, Long grantedBy) {
        jdbc.sql("""
                        insert into role_grant (person_id, role, unit_code, granted_by) values (:person, :role, :unit, :by)
                        on conflict (person_id, role, unit_code) do nothing""")
                .param("person", personId).param("role", role.name()).param("unit", unitCode).param("by", grantedBy)
                .update();
        return jdbc.sql("select " + COLUMNS + " from role_grant where person_id = :person and role = :role "
                        + "and unit_code is not distinct from :unit")
                .param("person", personId).param("role", role.name()).param("unit", unitCode)
                .query(RoleGrantRepository::map).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from role_grant where id = :id").param("id", id).update();
    }

    private static RoleGrant map(ResultSet row, int number) throws SQLException {
        long grantedBy = row.getLong("granted_by");
        return new RoleGrant(row.getLong("id"), row.getLong("person_id"), Role.valueOf(row.getString("role")),
                row.getString("unit_code"), grantedBy == 0 ? null : grantedBy,
                row.getTimestamp("granted_at").toInstant());
    }
}
