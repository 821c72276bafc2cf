package vn.greenzone.quarantine.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.quarantine.Symptom;

/** SQL of daily reports: one row per quarantine and day. */
@Repository
public class ReportRepository {

    /** A day's report; {@code via} is LINK or SIGNED_IN. */
    public record Report(LocalDate day, List<Symptom> symptoms, BigDecimal temperature, String note, String via,
            Instant firstAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the day's report, replacing an earlier one of the same day; true when it is the day's first. */
    public boolean upsert(long quarantineId, LocalDate day, Collection<Symptom> symptoms, BigDecimal temperature,
            String note, String via, Instant at) {
        return jdbc.sql("""
                        insert into quarantine_report (quarantine_id, day, symptoms, temperature, note, via, first_at, updated_at)
                        values (:q, :day, :symptoms, :temperature, :note, :via, :at, :at)
                        on conflict (quarantine_id, day) do update
                           set symptoms = excluded.symptoms, temperature = excluded.temperature, note = excluded.note,
                               via = excluded.via, updated_at = excluded.updated_at
                        returning xmax = 0""")
                .param("q", quarantineId).param("day", day)
                .param("symptoms", symptoms.stream().map(Symptom::name).sorted().toArray(String[]::new))
                .param("temperature", temperature).param("note", note).param("via", via).param("at", Timestamp.from(at))
                .query(Boolean.class).single();
    }

    /** Every report of the quarantine, newest day first. */
    public List<Report> of(long quarantineId) {
        return jdbc.sql("""
                        select day, symptoms, temperature, note, via, first_at, updated_at from quarantine_report
                         where quarantine_id = :q order by day desc""")
                .param("q", quarantineId)
                .query((rs, row) -> new Report(rs.getDate("day").toLocalDate(),
                        QuarantineRepository.symptoms(rs.getArray("symptoms")), rs.getBigDecimal("temperature"),
                        rs.getString("note"), rs.getString("via"), rs.getTimestamp("first_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }
}
