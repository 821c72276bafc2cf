package vn.greenzone.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.hotline.Status;
import vn.greenzone.hotline.Urgency;

/** Items and their history. */
@Repository
public class ItemRepository {

    static final String OPEN = "i.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')";
    private static final String SELECT = """
            select i.id, i.category_code, i.unit_code, i.agency_id, i.description, i.caller_phone, i.urgency, i.channel,
                   i.operator_id, i.status, i.received_at, i.due_at, i.handled_at, i.escalation from hotline_item i""";

    public record Event(Instant at, String kind, String note, Long actorId) {
    }

    /** The open items of a queue: counts over all of them, and the first rows by deadline. */
    public record Queue(long open, long late, long near, long unrouted, List<StoredItem> items) {
    }

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(StoredItem item, String trackingHash) {
        long id = jdbc.sql("""
                insert into hotline_item (category_code, unit_code, agency_id, description, caller_phone, urgency, channel,
                    operator_id, status, tracking_hash, received_at, due_at)
                values (:category, :unit, :agency, :description, :phone, :urgency, :channel, :operator, :status, :hash,
                    :received, :due) returning id""")
                .param("category", item.categoryCode()).param("unit", item.unitCode()).param("agency", item.agencyId())
                .param("description", item.description()).param("phone", item.callerPhone())
                .param("urgency", item.urgency().name()).param("channel", item.channel())
                .param("operator", item.operatorId()).param("status", item.status().name()).param("hash", trackingHash)
                .param("received", Timestamp.from(item.receivedAt())).param("due", Timestamp.from(item.dueAt()))
                .query(Long.class).single();
        event(id, Status.RECEIVED.name(), null, item.operatorId());
        return id;
    }

    public Optional<StoredItem> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(ItemRepository::map).optional();
    }

    /** The item, locked until the transaction ends, so two status changes apply one after the other. */
    public Optional<StoredItem> lock(long id) {
        return jdbc.sql(SELECT + " where i.id = :id for update").param("id", id).query(ItemRepository::map).optional();
    }

    public Optional<StoredItem> findByTracking(String hash) {
        return jdbc.sql(SELECT + " where i.tracking_hash = :hash").param("hash", hash).query(ItemRepository::map).optional();
    }

    public void event(long itemId, String kind, String note, Long actorId) {
        jdbc.sql("insert into hotline_event (item_id, kind, note, actor_id) values (:item, :kind, :note, :actor)")
                .param("item", itemId).param("kind", kind).param("note", note).param("actor", actorId).update();
    }

    public List<Event> history(long itemId) {
        return jdbc.sql("select at, kind, note, actor_id from hotline_event where item_id = :item order by id")
                .param("item", itemId)
                .query((rs, row) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4)))
                .list();
    }

    /**
     * A new status (and agency); the clock stops at the first HANDLED or CLOSED. A new agency starts the
     * escalation stages again: its head has not been texted yet.
     */
    public void update(long id, Status status, Long agencyId, Instant now) {
        jdbc.sql("""
                update hotline_item set status = :status, agency_id = :agency, updated_at = :now,
                    escalation = case when agency_id is distinct from :agency then 0 else escalation end,
                    handled_at = case when :status in ('HANDLED', 'CLOSED') then coalesce(handled_at, :now) else null end
                where id = :id""")
                .param("id", id).param("status", status.name()).param("agency", agencyId)
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * An agency's open items (agencyId set), or those of a unit subtree (units set), soonest deadline first,
     * urgent ones first on the same deadline. One pass over one partial index: the counts are window
     * aggregates over every matching row, computed before the limit cuts the rows.
     */
    public Queue queue(Long agencyId, Collection<String> units, boolean unroutedOnly, Instant now, Instant nearBy,
            int limit) {
        String where = (agencyId != null ? "i.agency_id = :agency" : "i.unit_code = any(:units)") + " and " + OPEN
                + (unroutedOnly ? " and i.agency_id is null" : "");
        long[] counts = new long[4];
        List<StoredItem> items = jdbc.sql(SELECT.replace(" from hotline_item i", """
                        , count(*) over () as open_count,
                          count(*) filter (where i.due_at < :now) over () as late_count,
                          count(*) filter (where i.due_at >= :now and i.due_at < :near) over () as near_count,
                          count(*) filter (where i.agency_id is null) over () as unrouted_count
                        from hotline_item i""") + " where " + where + " order by i.due_at, i.urgency desc, i.id limit :limit")
                .param("agency", agencyId).param("units", units == null ? null : units.toArray(String[]::new))
                .param("now", Timestamp.from(now)).param("near", Timestamp.from(nearBy)).param("limit", limit)
                .query((rs, row) -> {
                    counts[0] = rs.getLong("open_count");
                    counts[1] = rs.getLong("late_count");
                    counts[2] = rs.getLong("near_count");
                    counts[3] = rs.getLong("unrouted_count");
                    return map(rs, row);
                })
                .list();
        return new Queue(counts[0], counts[1], counts[2], counts[3], items);
    }

    /** Per agency and unit: received, handled by the deadline, late (handled after it, or open past it). */
    public record Tally(Long agencyId, String unitCode, long received, long onTime, long late) {
    }

    public List<Tally> tallies(Collection<String> units, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                select i.agency_id, i.unit_code, count(*),
                       count(*) filter (where i.handled_at is not null and i.handled_at <= i.due_at),
                       count(*) filter (where coalesce(i.handled_at, :now) > i.due_at)
                from hotline_item i
                where i.unit_code = any(:units) and i.received_at >= :from and i.received_at < :to
                group by i.agency_id, i.unit_code""")
                .param("units", units.toArray(String[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("now", Timestamp.from(now))
                .query((rs, row) -> new Tally((Long) rs.getObject(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** Escalates up to {@code limit} open items due by {@code by} below {@code stage}; returns them escalated. */
    public List<StoredItem> escalate(int stage, Instant by, int limit) {
        return jdbc.sql("""
                update hotline_item i set escalation = :stage
                where i.id in (select id from hotline_item
                               where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and escalation < :stage and due_at <= :by
                               order by due_at limit :limit for update skip locked)
                returning i.id, i.category_code, i.unit_code, i.agency_id, i.description, i.caller_phone, i.urgency,
                    i.channel, i.operator_id, i.status, i.received_at, i.due_at, i.handled_at, i.escalation""")
                .param("stage", stage).param("by", Timestamp.from(by)).param("limit", limit)
                .query(ItemRepository::map).list();
    }

    static StoredItem map(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new StoredItem(rs.getLong("id"), rs.getString("category_code"), rs.getString("unit_code"),
                (Long) rs.getObject("agency_id"), rs.getString("description"), rs.getString("caller_phone"),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("channel"), (Long) rs.getObject("operator_id"),
                Status.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), handled == null ? null : handled.toInstant(),
                rs.getInt("escalation"));
    }
}
