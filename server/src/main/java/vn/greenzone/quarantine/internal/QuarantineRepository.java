package vn.greenzone.quarantine.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.Symptom;

/** SQL of quarantines and their history of events. */
@Repository
public class QuarantineRepository {

    /** The columns every read maps, with the last report joined (alias {@code q}, {@code r}). */
    static final String SELECT = """
            select q.id, q.person_id, q.dependant_id, q.reader_id, q.contact_id, q.unit_code, q.place, q.facility_id,
                   q.street, q.start_date, q.planned_end, q.officer_id, q.status, q.report_from, q.last_report_at,
                   q.last_report_day, q.symptomatic, q.alert_at, q.reached_at, q.test_referred_at, q.enrolled_at,
                   q.ended_at, q.end_reason, r.symptoms as last_symptoms, r.temperature as last_temperature
              from quarantine q
              left join quarantine_report r on r.quarantine_id = q.id and r.day = q.last_report_day
            """;

    /** Who, where, when and by whom, as enrolment decided it. */
    public record NewRow(Long personId, Long dependantId, long readerId, Long contactId, String unitCode, Place place,
            Long facilityId, String street, LocalDate startDate, LocalDate plannedEnd, long officerId, String linkHash,
            Instant reportFrom, long enrolledBy, Instant enrolledAt) {
    }

    /** One entry of a quarantine's history; {@code by} is null for what the system did. */
    public record Event(Instant at, Long by, String kind, String detail) {
    }

    private final JdbcClient jdbc;

    QuarantineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the quarantine; 409 {@code quarantine.already-active} when the person is in quarantine already. */
    public long insert(NewRow row) {
        try {
            return jdbc.sql("""
                            insert into quarantine (person_id, dependant_id, reader_id, contact_id, unit_code, place,
                                    facility_id, street, start_date, planned_end, officer_id, link_hash, report_from,
                                    enrolled_by, enrolled_at)
                            values (:person, :dependant, :reader, :contact, :unit, :place, :facility, :street, :start,
                                    :end, :officer, :link, :reportFrom, :by, :at)
                            returning id""")
                    .param("person", row.personId()).param("dependant", row.dependantId()).param("reader", row.readerId())
                    .param("contact", row.contactId()).param("unit", row.unitCode()).param("place", row.place().name())
                    .param("facility", row.facilityId()).param("street", row.street()).param("start", row.startDate())
                    .param("end", row.plannedEnd()).param("officer", row.officerId()).param("link", row.linkHash())
                    .param("reportFrom", Timestamp.from(row.reportFrom())).param("by", row.enrolledBy())
                    .param("at", Timestamp.from(row.enrolledAt()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException active) {
            throw new ProblemException(HttpStatus.CONFLICT, "quarantine.already-active");
        }
    }

    public Optional<StoredQuarantine> find(long id) {
        return jdbc.sql(SELECT + " where q.id = :id").param("id", id).query(QuarantineRepository::map).optional();
    }

    /** The quarantine, held until the transaction ends, so a report and an officer's action take turns. */
    public Optional<StoredQuarantine> lock(long id) {
        jdbc.sql("select id from quarantine where id = :id for update").param("id", id).query(Long.class).list();
        return find(id);
    }

    public Optional<StoredQuarantine> findByLink(String linkHash) {
        return jdbc.sql(SELECT + " where q.link_hash = :hash").param("hash", linkHash)
                .query(QuarantineRepository::map).optional();
    }

    /** The active quarantines a person reports for: their own and their dependants'. */
    public List<StoredQuarantine> activeOfReader(long readerId) {
        return jdbc.sql(SELECT + " where q.reader_id = :reader and q.status = 'ACTIVE' order by q.id")
                .param("reader", readerId).query(QuarantineRepository::map).list();
    }

    /** A new link replaces the old one, which stops working. */
    public void replaceLink(long id, String linkHash) {
        jdbc.sql("update quarantine set link_hash = :hash where id = :id").param("hash", linkHash).param("id", id).update();
    }

    /** After a report: when it came, and whether it raised an alert (kept until an officer acts). */
    public void reported(long id, Instant at, LocalDate day, boolean symptomatic) {
        jdbc.sql("""
                        update quarantine set last_report_at = :at, last_report_day = :day, symptomatic = :symptomatic,
                               alert_at = case when :symptomatic then coalesce(alert_at, :at) else alert_at end
                         where id = :id""")
                .param("at", Timestamp.from(at)).param("day", day).param("symptomatic", symptomatic).param("id", id)
                .update();
    }

    /** An officer acted: the alert, if any, is dealt with. */
    public void acknowledge(long id) {
        jdbc.sql("update quarantine set alert_at = null where id = :id").param("id", id).update();
    }

    public void markReached(long id, Instant at) {
        jdbc.sql("update quarantine set reached_at = :at where id = :id").param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    public void markTestReferred(long id, Instant at) {
        jdbc.sql("update quarantine set test_referred_at = :at where id = :id").param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    public void extend(long id, LocalDate plannedEnd) {
        jdbc.sql("update quarantine set planned_end = :end where id = :id").param("end", plannedEnd).param("id", id)
                .update();
    }

    public void end(long id, Instant at, StoredQuarantine.EndReason reason) {
        jdbc.sql("""
                        update quarantine set status = 'ENDED', ended_at = :at, end_reason = :reason, alert_at = null
                         where id = :id and status = 'ACTIVE'""")
                .param("at", Timestamp.from(at)).param("reason", reason.name()).param("id", id).update();
    }

    public void event(long quarantineId, Long by, String kind, String detail) {
        jdbc.sql("insert into quarantine_event (quarantine_id, by_person, kind, detail) values (:q, :by, :kind, :detail)")
                .param("q", quarantineId).param("by", by).param("kind", kind).param("detail", detail).update();
    }

    public List<Event> events(long quarantineId) {
        return jdbc.sql("select at, by_person, kind, detail from quarantine_event where quarantine_id = :q order by id")
                .param("q", quarantineId)
                .query((rs, row) -> new Event(rs.getTimestamp("at").toInstant(), rs.getObject("by_person", Long.class),
                        rs.getString("kind"), rs.getString("detail")))
                .list();
    }

    static StoredQuarantine map(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("end_reason");
        return new StoredQuarantine(rs.getLong("id"), rs.getObject("person_id", Long.class),
                rs.getObject("dependant_id", Long.class), rs.getLong("reader_id"), rs.getObject("contact_id", Long.class),
                rs.getString("unit_code"), Place.valueOf(rs.getString("place")), rs.getObject("facility_id", Long.class),
                rs.getString("street"), date(rs.getDate("start_date")), date(rs.getDate("planned_end")),
                rs.getLong("officer_id"), StoredQuarantine.Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("report_from")), instant(rs.getTimestamp("last_report_at")),
                date(rs.getDate("last_report_day")), rs.getBoolean("symptomatic"), instant(rs.getTimestamp("alert_at")),
                instant(rs.getTimestamp("reached_at")), instant(rs.getTimestamp("test_referred_at")),
                instant(rs.getTimestamp("enrolled_at")), instant(rs.getTimestamp("ended_at")),
                reason == null ? null : StoredQuarantine.EndReason.valueOf(reason), symptoms(rs.getArray("last_symptoms")),
                rs.getBigDecimal("last_temperature"));
    }

    static List<Symptom> symptoms(Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((String[]) array.getArray()).map(Symptom::valueOf).sorted().toList();
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
