package vn.greenzone.tracing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.platform.ProblemException;

/** SQL of cases and their change history. */
@Repository
public class CaseRepository {

    private static final String COLUMNS = """
            id, cluster_id, person_id, dependant_id, full_name, phone, id_number, address, unit_code, sample_date,
            onset_date, isolation_date, window_start, window_end, source, notes, status, from_contact_id, created_by,
            created_at""";

    /** What a new case is made of. */
    public record NewCase(Subject subject, String address, String unitCode, LocalDate sampleDate, LocalDate onsetDate,
            LocalDate isolationDate, InfectiousWindow window, String source, String notes, Long clusterId,
            Long fromContactId, long createdBy) {
    }

    /** One change of a case, for its history. */
    public record Change(String field, String oldValue, String newValue, long changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the case; 409 {@code case.already-open} when the subject has an open case already. */
    public TraceCase insert(NewCase c) {
        try {
            long id = jdbc.sql("""
                            insert into trace_case (cluster_id, person_id, dependant_id, full_name, phone, id_number,
                                    address, unit_code, sample_date, onset_date, isolation_date, window_start, window_end,
                                    source, notes, from_contact_id, created_by)
                            values (:cluster, :person, :dependant, :name, :phone, :idNumber, :address, :unit, :sample,
                                    :onset, :isolation, :start, :end, :source, :notes, :fromContact, :by)
                            returning id""")
                    .param("cluster", c.clusterId())
                    .param("person", c.subject().personId())
                    .param("dependant", c.subject().dependantId())
                    .param("name", c.subject().fullName())
                    .param("phone", c.subject().phone())
                    .param("idNumber", c.subject().idNumber())
                    .param("address", c.address())
                    .param("unit", c.unitCode())
                    .param("sample", c.sampleDate())
                    .param("onset", c.onsetDate())
                    .param("isolation", c.isolationDate())
                    .param("start", Timestamp.from(c.window().start()))
                    .param("end", Timestamp.from(c.window().end()))
                    .param("source", c.source())
                    .param("notes", c.notes())
                    .param("fromContact", c.fromContactId())
                    .param("by", c.createdBy())
                    .query(Long.class).single();
            jdbc.sql("update trace_case set cluster_id = id where id = :id and cluster_id is null").param("id", id).update();
            return find(id).orElseThrow();
        } catch (DuplicateKeyException open) {
            throw new ProblemException(HttpStatus.CONFLICT, "case.already-open");
        }
    }

    public Optional<TraceCase> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from trace_case where id = :id").param("id", id)
                .query(CaseRepository::map).optional();
    }

    /** Holds the case until the transaction ends, so two tracers deriving its contacts take turns. */
    public void lock(long id) {
        jdbc.sql("select id from trace_case where id = :id for update").param("id", id).query(Long.class).list();
    }

    /** Cases managed in these units, newest first. */
    public List<TraceCase> inUnits(Collection<String> unitCodes, TraceCase.Status status, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from trace_case where unit_code = any(:units) and (:status::text is null or status = :status)
                         order by id desc limit :limit""")
                .param("units", unitCodes.toArray(String[]::new))
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(CaseRepository::map).list();
    }

    public List<TraceCase> inCluster(long clusterId) {
        return jdbc.sql("select " + COLUMNS + " from trace_case where cluster_id = :cluster order by id")
                .param("cluster", clusterId).query(CaseRepository::map).list();
    }

    /** Cases of these subjects' keys (any status), the newest for each key. */
    public Map<String, Long> casesByKey(Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // A branch per kind of key, each on its own index: a line list asks this for every case it lists.
        var persons = new java.util.ArrayList<Long>();
        var dependants = new java.util.ArrayList<Long>();
        var typed = new java.util.ArrayList<String>();
        for (String key : keys) {
            String value = key.substring(2);
            if (key.startsWith("P:")) {
                persons.add(Long.parseLong(value));
            } else if (key.startsWith("D:")) {
                dependants.add(Long.parseLong(value));
            } else {
                typed.add(value);
            }
        }
        jdbc.sql("""
                        select 'P:' || person_id as key, max(id) as id from trace_case
                         where person_id = any(:persons) group by person_id
                        union all
                        select 'D:' || dependant_id, max(id) from trace_case
                         where dependant_id = any(:dependants) group by dependant_id
                        union all
                        select 'V:' || coalesce(phone, id_number, upper(full_name)), max(id) from trace_case
                         where person_id is null and dependant_id is null
                           and coalesce(phone, id_number, upper(full_name)) = any(:typed)
                         group by coalesce(phone, id_number, upper(full_name))""")
                .param("persons", persons.toArray(Long[]::new))
                .param("dependants", dependants.toArray(Long[]::new))
                .param("typed", typed.toArray(String[]::new))
                .query((rs, row) -> found.put(rs.getString("key"), rs.getLong("id"))).list();
        return found;
    }

    /** Writes the changed fields and one history row per field that changed. */
    public void update(TraceCase before, TraceCase after, long changedBy) {
        try {
            write(before, after);
        } catch (DuplicateKeyException open) {
            // Reopening a closed case while the person has another open one.
            throw new ProblemException(HttpStatus.CONFLICT, "case.already-open");
        }
        record(before.id(), changedBy, "sampleDate", before.sampleDate(), after.sampleDate());
        record(before.id(), changedBy, "onsetDate", before.onsetDate(), after.onsetDate());
        record(before.id(), changedBy, "isolationDate", before.isolationDate(), after.isolationDate());
        record(before.id(), changedBy, "source", before.source(), after.source());
        record(before.id(), changedBy, "notes", before.notes(), after.notes());
        record(before.id(), changedBy, "status", before.status(), after.status());
    }

    private void write(TraceCase before, TraceCase after) {
        jdbc.sql("""
                        update trace_case set sample_date = :sample, onset_date = :onset, isolation_date = :isolation,
                               window_start = :start, window_end = :end, source = :source, notes = :notes, status = :status,
                               closed_at = case when :status = 'CLOSED' then coalesce(closed_at, now()) end
                         where id = :id""")
                .param("sample", after.sampleDate())
                .param("onset", after.onsetDate())
                .param("isolation", after.isolationDate())
                .param("start", Timestamp.from(after.windowStart()))
                .param("end", Timestamp.from(after.windowEnd()))
                .param("source", after.source())
                .param("notes", after.notes())
                .param("status", after.status().name())
                .param("id", before.id())
                .update();
    }

    private void record(long caseId, long by, String field, Object before, Object after) {
        String old = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (old == null ? now != null : !old.equals(now)) {
            jdbc.sql("insert into trace_case_change (case_id, changed_by, field, old_value, new_value) values (:c, :by, :f, :o, :n)")
                    .param("c", caseId).param("by", by).param("f", field).param("o", old).param("n", now).update();
        }
    }

    public List<Change> history(long caseId) {
        return jdbc.sql("""
                        select field, old_value, new_value, changed_by, changed_at from trace_case_change
                         where case_id = :id order by id""")
                .param("id", caseId)
                .query((rs, row) -> new Change(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static TraceCase map(ResultSet rs, int row) throws SQLException {
        return new TraceCase(rs.getLong("id"), rs.getLong("cluster_id"), rs.getObject("person_id", Long.class),
                rs.getObject("dependant_id", Long.class), rs.getString("full_name"), rs.getString("phone"),
                rs.getString("id_number"), rs.getString("address"), rs.getString("unit_code"),
                date(rs.getDate("sample_date")), date(rs.getDate("onset_date")), date(rs.getDate("isolation_date")),
                rs.getTimestamp("window_start").toInstant(), rs.getTimestamp("window_end").toInstant(),
                rs.getString("source"), rs.getString("notes"), TraceCase.Status.valueOf(rs.getString("status")),
                rs.getObject("from_contact_id", Long.class), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
