package vn.greenzone.geo.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.geo.AdministrativeUnit;

/** SQL for the {@code geo_unit} table. */
@Repository
class UnitRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<AdministrativeUnit> findAll() {
        return jdbc.sql("select code, parent_code, level, name, type from geo_unit order by level, code")
                .query(AdministrativeUnit.class)
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from geo_unit)").query(Boolean.class).single();
    }

    /** Parents must come before children; a second node importing at the same time changes nothing. */
    void insertAll(List<AdministrativeUnit> units) {
        template.batchUpdate("""
                insert into geo_unit (code, parent_code, level, name, type) values (?, ?, ?, ?, ?)
                on conflict (code) do nothing""", units, 1000, (statement, unit) -> {
            statement.setString(1, unit.code());
            statement.setString(2, unit.parentCode());
            statement.setInt(3, unit.level());
            statement.setString(4, unit.name());
            statement.setString(5, unit.type());
        });
    }
}
