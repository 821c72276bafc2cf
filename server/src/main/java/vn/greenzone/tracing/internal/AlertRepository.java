package vn.greenzone.tracing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the notices people read on their home page. */
@Repository
public class AlertRepository {

    /** A notice as stored; its text is written in the reader's language when read. */
    public record StoredAlert(long id, String kind, String about, Integer generation, String venueName,
            Instant exposureAt, String messageType, String unitCode, Instant createdAt) {
    }

    /** A notice to store. */
    public record NewAlert(long personId, String kind, Long contactId, Long venueAlertId, String about, Integer generation,
            String venueName, Instant exposureAt, String messageType, String unitCode) {
    }

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the notice unless the same one is there already; true when it was new. */
    public boolean insert(NewAlert alert) {
        return jdbc.sql("""
                        insert into tracing_alert (person_id, kind, contact_id, venue_alert_id, about, generation, venue_name,
                                exposure_at, message_type, unit_code)
                        values (:person, :kind, :contact, :venueAlert, :about, :generation, :venue, :at, :type, :unit)
                        on conflict do nothing""")
                .param("person", alert.personId()).param("kind", alert.kind()).param("contact", alert.contactId())
                .param("venueAlert", alert.venueAlertId()).param("about", alert.about() == null ? "" : alert.about())
                .param("generation", alert.generation()).param("venue", alert.venueName())
                .param("at", alert.exposureAt() == null ? null : Timestamp.from(alert.exposureAt()))
                .param("type", alert.messageType()).param("unit", alert.unitCode())
                .update() == 1;
    }

    public List<StoredAlert> of(long personId, int limit) {
        return jdbc.sql("""
                        select id, kind, about, generation, venue_name, exposure_at, message_type, unit_code, created_at
                          from tracing_alert where person_id = :person order by created_at desc, id desc limit :limit""")
                .param("person", personId).param("limit", limit)
                .query((rs, row) -> {
                    Timestamp at = rs.getTimestamp("exposure_at");
                    return new StoredAlert(rs.getLong("id"), rs.getString("kind"), rs.getString("about"),
                            rs.getObject("generation", Integer.class), rs.getString("venue_name"),
                            at == null ? null : at.toInstant(), rs.getString("message_type"), rs.getString("unit_code"),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }
}
