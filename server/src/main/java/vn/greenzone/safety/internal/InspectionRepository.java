package vn.greenzone.safety.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.safety.Inspection;
import vn.greenzone.safety.SafetyColour;

@Repository
public class InspectionRepository {

    private static final String COLUMNS = "id, venue_id, unit_code, planned_for, inspected_at, criteria, findings, "
            + "score, verdict, note, fix_by, photo is not null as has_photo";

    /** A photo and its media type. */
    public record Photo(byte[] bytes, String type) {
    }

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long plan(long venueId, String unitCode, LocalDate plannedFor, long by) {
        return jdbc.sql("""
                        insert into safety_inspection (venue_id, unit_code, planned_for, planned_by)
                        values (:venue, :unit, :planned, :by) returning id""")
                .param("venue", venueId).param("unit", unitCode).param("planned", plannedFor).param("by", by)
                .query(Long.class).single();
    }

    /** Records a planned inspection; false when it was recorded already (by someone else meanwhile). */
    public boolean record(long id, long inspectorId, Scoring.Scored scored, SafetyColour verdict, String note,
            LocalDate fixBy, Instant at) {
        return jdbc.sql("""
                        update safety_inspection set inspected_at = :at, inspector_id = :inspector, criteria = :criteria,
                               findings = :findings, score = :score, verdict = :verdict, note = :note, fix_by = :fixBy
                        where id = :id and inspected_at is null""")
                .param("id", id).param("at", Timestamp.from(at)).param("inspector", inspectorId)
                .param("criteria", scored.criteria().toArray(String[]::new))
                .param("findings", scored.answers().stream().map(Integer::shortValue).toArray(Short[]::new))
                .param("score", scored.score()).param("verdict", verdict.name()).param("note", note)
                .param("fixBy", fixBy).update() == 1;
    }

    public void attachPhoto(long id, byte[] bytes, String type) {
        jdbc.sql("update safety_inspection set photo = :photo, photo_type = :type where id = :id")
                .param("id", id).param("photo", bytes).param("type", type).update();
    }

    public Optional<Photo> photo(long id) {
        return jdbc.sql("select photo, photo_type from safety_inspection where id = :id and photo is not null")
                .param("id", id).query((row, n) -> new Photo(row.getBytes("photo"), row.getString("photo_type")))
                .optional();
    }

    public Optional<Inspection> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from safety_inspection where id = :id").param("id", id)
                .query(InspectionRepository::map).optional();
    }

    /** The inspections of these units: planned ones by date first, then the recorded, latest first. */
    public List<Inspection> inUnits(Collection<String> unitCodes, int limit) {
        return jdbc.sql("select " + COLUMNS + " from safety_inspection where unit_code = any(:units) "
                        + "order by inspected_at is not null, planned_for, inspected_at desc, id desc limit :limit")
                .param("units", unitCodes.toArray(String[]::new)).param("limit", limit)
                .query(InspectionRepository::map).list();
    }

    public List<Inspection> ofVenue(long venueId) {
        return jdbc.sql("select " + COLUMNS + " from safety_inspection where venue_id = :venue "
                        + "order by inspected_at is not null, planned_for desc, id desc")
                .param("venue", venueId).query(InspectionRepository::map).list();
    }

    private static Inspection map(ResultSet row, int number) throws SQLException {
        Timestamp at = row.getTimestamp("inspected_at");
        String verdict = row.getString("verdict");
        return new Inspection(row.getLong("id"), row.getLong("venue_id"), row.getString("unit_code"),
                row.getObject("planned_for", LocalDate.class), at == null ? null : at.toInstant(),
                strings(row.getArray("criteria")), numbers(row.getArray("findings")),
                row.getObject("score", Integer.class), verdict == null ? null : SafetyColour.valueOf(verdict),
                row.getString("note"), row.getObject("fix_by", LocalDate.class), row.getBoolean("has_photo"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Integer> numbers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray())
                .map(value -> ((Number) value).intValue()).toList();
    }
}
