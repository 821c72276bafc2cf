package vn.greenzone.checkin.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.venue.Venue;

/**
 * Stores a reader device's batch: the scans go by {@code COPY} into a staging table of the session, then
 * one set-based insert moves the new ones into {@code checkin}. COPY streams rows without a statement
 * per row or nine arrays to unpack; the staging table is temporary, so concurrent batches on other
 * connections never see each other's rows, and it is emptied when the transaction ends.
 */
@Repository
class DeviceBatchWriter {

    /** What became of one scan: the visit it made now, or the visit stored before under its event id; neither when folded. */
    record Written(Long insertedId, Long storedBeforeId) {
    }

    private static final String STAGE = """
            set local plan_cache_mode = force_custom_plan;
            create temporary table if not exists device_scan_stage (
                event text not null, at timestamptz not null, person bigint, dependant bigint, name text, phone text,
                id_number text, birth date, foreign_code boolean not null) on commit delete rows""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final LiveNotices notices;
    private final CheckinProperties properties;

    DeviceBatchWriter(JdbcClient jdbc, DataSource dataSource, LiveNotices notices, CheckinProperties properties) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.notices = notices;
        this.properties = properties;
    }

    /**
     * Stores the scans not stored before, one result per event id. A scan is not inserted when its event id
     * is already stored (a re-sent batch) or when the same visitor has a visit at this venue within the
     * collapse window (a repeat, folded into it). Earlier visits are looked for under the event id back to
     * {@code storedSince}.
     */
    @Transactional
    public Map<String, Written> write(Venue venue, long deviceId, List<DeviceScan> scans, Instant storedSince) {
        // Planned with the values: a generic plan once assumed a handful of scans and read every visit of the venue.
        jdbc.sql(STAGE).update();
        copy(scans);
        Map<String, Written> written = new HashMap<>();
        jdbc.sql("""
                        with inserted as (
                            insert into checkin (venue_id, unit_code, checked_in_at, expected_end, method, person_id,
                                    dependant_id, visitor_name, visitor_phone, visitor_id_number, visitor_birth, foreign_code,
                                    device_id, client_event_id)
                            select :venue, :unit, s.at, s.at + :stay::interval, 'DEVICE', s.person, s.dependant, s.name,
                                   s.phone, s.id_number, s.birth, s.foreign_code, :device, s.event
                              from device_scan_stage s
                             -- One test per kind of visitor, so each reads its own index: a busy venue has
                             -- thousands of visits within minutes, a person only their own.
                             where not exists (
                                   select 1 from checkin c
                                    where s.person is not null and c.person_id = s.person and c.venue_id = :venue
                                      and c.checked_in_at between s.at - :collapse::interval and s.at + :collapse::interval
                                      and (c.device_id is distinct from :device or c.client_event_id <> s.event))
                               and not exists (
                                   select 1 from checkin c
                                    where s.dependant is not null and c.dependant_id = s.dependant and c.venue_id = :venue
                                      and c.checked_in_at between s.at - :collapse::interval and s.at + :collapse::interval
                                      and (c.device_id is distinct from :device or c.client_event_id <> s.event))
                               and not exists (
                                   select 1 from checkin c
                                    where s.person is null and s.dependant is null and c.venue_id = :venue
                                      and c.checked_in_at between s.at - :collapse::interval and s.at + :collapse::interval
                                      and c.person_id is null and c.dependant_id is null
                                      and c.visitor_name is not distinct from s.name
                                      and c.visitor_phone is not distinct from s.phone
                                      and c.visitor_id_number is not distinct from s.id_number
                                      and (c.device_id is distinct from :device or c.client_event_id <> s.event))
                            on conflict (device_id, client_event_id, checked_in_at) where device_id is not null do nothing
                            returning id, client_event_id)
                        -- The snapshot of a statement does not see its own inserts: "before" finds only earlier batches.
                        select s.event, i.id as inserted, case when i.id is null then (select c.id from checkin c
                                where c.device_id = :device and c.client_event_id = s.event and c.checked_in_at > :since
                                limit 1) end as before
                          from device_scan_stage s left join inserted i on i.client_event_id = s.event""")
                .param("venue", venue.id())
                .param("unit", venue.unitCode())
                .param("stay", venue.defaultStay().toSeconds() + " seconds")
                .param("collapse", properties.collapseWindow().toSeconds() + " seconds")
                .param("device", deviceId)
                .param("since", Timestamp.from(storedSince))
                .query((rs, row) -> written.put(rs.getString("event"),
                        new Written(rs.getObject("inserted", Long.class), rs.getObject("before", Long.class))))
                .list();
        if (written.values().stream().anyMatch(w -> w.insertedId() != null)) {
            notices.publish(List.of(venue.id() + ":*"));
        }
        return written;
    }

    private void copy(List<DeviceScan> scans) {
        StringBuilder csv = new StringBuilder(scans.size() * 96);
        for (DeviceScan scan : scans) {
            Visitor visitor = scan.visitor();
            csv.append(quoted(scan.eventId())).append(',').append(scan.scannedAt()).append(',')
                    .append(visitor.personId() == null ? "" : visitor.personId()).append(',')
                    .append(visitor.dependantId() == null ? "" : visitor.dependantId()).append(',')
                    .append(quoted(visitor.name())).append(',').append(quoted(visitor.phone())).append(',')
                    .append(quoted(visitor.idNumber())).append(',')
                    .append(visitor.birthDate() == null ? "" : visitor.birthDate()).append(',')
                    .append(visitor.foreignCode()).append('\n');
        }
        // The transaction's own connection, so the rows are in the staging table the insert reads.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy device_scan_stage from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("Copying a device batch failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A CSV field: absent is an unquoted empty field (NULL), text is quoted with its quotes doubled. */
    private static String quoted(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
