package vn.greenzone.tracing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.tracing.internal.VenueAlertService.MessageType;
import vn.greenzone.tracing.internal.VenueAlertService.Status;
import vn.greenzone.tracing.internal.VenueAlertService.VenueAlert;

/** SQL of risky-venue proposals and their decisions. */
@Repository
public class VenueAlertRepository {

    private final JdbcClient jdbc;

    VenueAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long venueId, String unitCode, Instant from, Instant to, MessageType type, long proposedBy) {
        return jdbc.sql("""
                        insert into venue_alert (venue_id, unit_code, starts_at, ends_at, message_type, proposed_by)
                        values (:venue, :unit, :from, :to, :type, :by) returning id""")
                .param("venue", venueId).param("unit", unitCode).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("type", type.name()).param("by", proposedBy)
                .query(Long.class).single();
    }

    public Optional<VenueAlert> find(long id) {
        return jdbc.sql("select * from venue_alert where id = :id").param("id", id).query(VenueAlertRepository::map).optional();
    }

    /** The proposal, held until the transaction ends so that two officials cannot both decide it. */
    public Optional<VenueAlert> lock(long id) {
        return jdbc.sql("select * from venue_alert where id = :id for update").param("id", id)
                .query(VenueAlertRepository::map).optional();
    }

    public void decide(long id, Status status, long decidedBy, Integer notified) {
        jdbc.sql("""
                        update venue_alert set status = :status, decided_by = :by, decided_at = now(), notified = :notified
                         where id = :id""")
                .param("status", status.name()).param("by", decidedBy).param("notified", notified).param("id", id).update();
    }

    public List<VenueAlert> proposed() {
        return jdbc.sql("select * from venue_alert where status = 'PROPOSED' order by id").query(VenueAlertRepository::map).list();
    }

    /** Approved alerts whose window ended after {@code since}, latest first. */
    public List<VenueAlert> approvedSince(Instant since) {
        return jdbc.sql("select * from venue_alert where status = 'APPROVED' and ends_at > :since order by starts_at desc")
                .param("since", Timestamp.from(since)).query(VenueAlertRepository::map).list();
    }

    private static VenueAlert map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new VenueAlert(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("unit_code"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                MessageType.valueOf(rs.getString("message_type")), Status.valueOf(rs.getString("status")),
                rs.getLong("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getObject("decided_by", Long.class), decided == null ? null : decided.toInstant(),
                rs.getObject("notified", Integer.class));
    }
}
