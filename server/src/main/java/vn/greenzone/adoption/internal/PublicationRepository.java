package vn.greenzone.adoption.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.adoption.UnitFigures;

/** SQL for the frozen morning publications. */
@Repository
class PublicationRepository {

    record Stored(String provinceCode, LocalDate day, Instant publishedAt) {
    }

    record Figure(String unitCode, Long installs, Long smartphones) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PublicationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces any earlier publication of the same province and day (an administrator published again). */
    void save(String provinceCode, LocalDate day, Instant at, Long by, Collection<UnitFigures> figures) {
        jdbc.sql("delete from adoption_publication where province_code = :province and day = :day")
                .param("province", provinceCode).param("day", day).update();
        jdbc.sql("""
                insert into adoption_publication (province_code, day, published_at, published_by)
                values (:province, :day, :at, :by)""")
                .param("province", provinceCode).param("day", day).param("at", java.sql.Timestamp.from(at))
                .param("by", by).update();
        batch.batchUpdate("""
                insert into adoption_published_figure (province_code, day, unit_code, installs, smartphones)
                values (?, ?, ?, ?, ?)""", figures.stream()
                .map(f -> new Object[] {provinceCode, day, f.unitCode(), f.installs(), f.smartphones()}).toList());
    }

    Optional<Stored> latest(String provinceCode) {
        return jdbc.sql("""
                select province_code, day, published_at from adoption_publication where province_code = :province
                 order by day desc limit 1""")
                .param("province", provinceCode)
                .query((row, number) -> new Stored(row.getString("province_code"),
                        row.getObject("day", LocalDate.class), row.getTimestamp("published_at").toInstant()))
                .optional();
    }

    List<Figure> figures(String provinceCode, LocalDate day) {
        return jdbc.sql("""
                select unit_code, installs, smartphones from adoption_published_figure
                 where province_code = :province and day = :day""")
                .param("province", provinceCode).param("day", day)
                .query((row, number) -> new Figure(row.getString("unit_code"), row.getObject("installs", Long.class),
                        row.getObject("smartphones", Long.class)))
                .list();
    }
}
