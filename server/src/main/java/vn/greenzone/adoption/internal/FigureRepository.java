package vn.greenzone.adoption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.adoption.UnitFigures;

/** SQL for the raw figures and their rollups. */
@Repository
class FigureRepository {

    /** The raw figures of one day, each by unit code; smartphones already summed over operators. */
    record RawDay(Map<String, Long> users, Map<String, Long> installs, Map<String, Long> smartphones) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FigureRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Serialises rollups of the same day, so two imports landing together both end up in the sums. */
    void lockDay(LocalDate day) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('adoption-day'), :day)").param("day", (int) day.toEpochDay())
                .query().singleRow();
    }

    void replaceUsers(LocalDate day, Map<String, Long> users) {
        jdbc.sql("delete from adoption_users where day = :day").param("day", day).update();
        List<Object[]> rows = users.entrySet().stream().map(e -> new Object[] {e.getKey(), day, e.getValue()}).toList();
        batch.batchUpdate("insert into adoption_users (unit_code, day, users) values (?, ?, ?)", rows);
        jdbc.sql("""
                insert into adoption_users_counted (day) values (:day)
                on conflict (day) do update set counted_at = now()""").param("day", day).update();
    }

    boolean usersCounted(LocalDate day) {
        return jdbc.sql("select exists (select 1 from adoption_users_counted where day = :day)").param("day", day)
                .query(Boolean.class).single();
    }

    void upsertInstalls(List<ImportedRow> rows, Long by) {
        batch.batchUpdate("""
                insert into adoption_installs (unit_code, day, installs, imported_by) values (?, ?, ?, ?)
                on conflict (day, unit_code) do update set installs = excluded.installs, imported_at = now(),
                    imported_by = excluded.imported_by""",
                rows.stream().map(row -> new Object[] {row.unitCode(), row.day(), row.value(), by}).toList());
    }

    void upsertSmartphones(List<ImportedRow> rows, Long by) {
        batch.batchUpdate("""
                insert into adoption_smartphones (unit_code, day, operator, smartphones, imported_by)
                values (?, ?, ?, ?, ?)
                on conflict (day, unit_code, operator) do update set smartphones = excluded.smartphones,
                    imported_at = now(), imported_by = excluded.imported_by""",
                rows.stream().map(row -> new Object[] {row.unitCode(), row.day(), row.operator(), row.value(), by})
                        .toList());
    }

    void upsertResidents(List<ImportedRow> rows, Long by) {
        batch.batchUpdate("""
                insert into adoption_residents (unit_code, residents, imported_by) values (?, ?, ?)
                on conflict (unit_code) do update set residents = excluded.residents, imported_at = now(),
                    imported_by = excluded.imported_by""",
                rows.stream().map(row -> new Object[] {row.unitCode(), row.value(), by}).toList());
    }

    RawDay raw(LocalDate day) {
        return new RawDay(
                sums("select unit_code, users as value from adoption_users where day = :day", day),
                sums("select unit_code, installs as value from adoption_installs where day = :day", day),
                sums("select unit_code, sum(smartphones) as value from adoption_smartphones where day = :day "
                        + "group by unit_code", day));
    }

    Map<String, Long> rawResidents() {
        return sums("select unit_code, residents as value from adoption_residents", null);
    }

    void replaceRollup(LocalDate day, Map<String, Long> users, Map<String, Long> installs, Map<String, Long> phones) {
        jdbc.sql("delete from adoption_rollup where day = :day").param("day", day).update();
        Set<String> codes = new HashSet<>(users.keySet());
        codes.addAll(installs.keySet());
        codes.addAll(phones.keySet());
        var rows = new ArrayList<Object[]>(codes.size());
        for (String code : codes) {
            rows.add(new Object[] {code, day, users.getOrDefault(code, 0L), installs.get(code), phones.get(code)});
        }
        batch.batchUpdate("insert into adoption_rollup (unit_code, day, users, installs, smartphones) "
                + "values (?, ?, ?, ?, ?)", rows);
    }

    void replaceResidentsRollup(Map<String, Long> residents) {
        jdbc.sql("delete from adoption_residents_rollup").update();
        batch.batchUpdate("insert into adoption_residents_rollup (unit_code, residents) values (?, ?)",
                residents.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
    }

    /** The rolled-up figures of the units on the day; units with nothing measured are left out. */
    Map<String, UnitFigures> rollup(LocalDate day, Collection<String> codes) {
        var figures = new HashMap<String, UnitFigures>();
        jdbc.sql("""
                select r.unit_code, r.day, r.users, r.installs, r.smartphones, p.residents
                  from adoption_rollup r left join adoption_residents_rollup p on p.unit_code = r.unit_code
                 where r.day = :day and r.unit_code = any(:codes)""")
                .param("day", day).param("codes", codes.toArray(String[]::new))
                .query(FigureRepository::figures).list().forEach(f -> figures.put(f.unitCode(), f));
        return figures;
    }

    /** One unit's rolled-up figures per day in the period, oldest first; days with nothing measured are absent. */
    List<UnitFigures> trend(String code, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.unit_code, r.day, r.users, r.installs, r.smartphones, p.residents
                  from adoption_rollup r left join adoption_residents_rollup p on p.unit_code = r.unit_code
                 where r.unit_code = :code and r.day between :from and :to order by r.day""")
                .param("code", code).param("from", from).param("to", to).query(FigureRepository::figures).list();
    }

    Map<String, Long> residents(Collection<String> codes) {
        var residents = new HashMap<String, Long>();
        jdbc.sql("select unit_code, residents from adoption_residents_rollup where unit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(row -> {
                    residents.put(row.getString("unit_code"), row.getLong("residents"));
                });
        return residents;
    }

    private Map<String, Long> sums(String sql, LocalDate day) {
        var sums = new HashMap<String, Long>();
        var statement = jdbc.sql(sql);
        if (day != null) {
            statement = statement.param("day", day);
        }
        statement.query(row -> {
            sums.put(row.getString("unit_code"), row.getLong("value"));
        });
        return sums;
    }

    private static UnitFigures figures(ResultSet row, int number) throws SQLException {
        return new UnitFigures(row.getString("unit_code"), row.getObject("day", LocalDate.class), row.getLong("users"),
                row.getObject("installs", Long.class), row.getObject("smartphones", Long.class),
                row.getObject("residents", Long.class));
    }
}
