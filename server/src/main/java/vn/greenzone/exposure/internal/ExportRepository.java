package vn.greenzone.exposure.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.TemporaryExposureKey;

/** SQL of export files and of the keys waiting for one. */
@Repository
public class ExportRepository {

    /** A key waiting to be published. */
    public record Waiting(byte[] keyData, TemporaryExposureKey key) {
    }

    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keys of the region that became publishable in (after, until]; every key when {@code after} is null. */
    public List<Waiting> waiting(String region, Instant after, Instant until) {
        return jdbc.sql("""
                        select key_data, rolling_start, rolling_period, transmission_risk, report_type, days_since_onset
                          from exposure_key
                         where region = :region and available_at <= :until and (:after::timestamptz is null or available_at > :after)""")
                .param("region", region).param("until", Timestamp.from(until))
                .param("after", after == null ? null : Timestamp.from(after))
                .query((rs, row) -> {
                    byte[] data = rs.getBytes("key_data");
                    return new Waiting(data, new TemporaryExposureKey(data, rs.getInt("rolling_start"),
                            rs.getInt("rolling_period"), ReportType.ofNumber(rs.getInt("report_type")),
                            rs.getInt("transmission_risk"), rs.getObject("days_since_onset", Integer.class)));
                })
                .list();
    }

    /** Where the last export of the region ended: the next one starts there. */
    public Instant lastEnd(String region) {
        return jdbc.sql("select max(end_at) from exposure_export where region = :region").param("region", region)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    public void insert(String region, Instant start, Instant end, int batchNum, int batchSize, String path, int keys) {
        jdbc.sql("""
                        insert into exposure_export (region, start_at, end_at, batch_num, batch_size, path, key_count)
                        values (:region, :start, :end, :num, :size, :path, :keys)""")
                .param("region", region).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("num", batchNum).param("size", batchSize).param("path", path).param("keys", keys)
                .update();
    }

    /** Paths of the region's exports, oldest first: the index phones read. */
    public List<String> paths(String region) {
        return jdbc.sql("select path from exposure_export where region = :region order by end_at, batch_num")
                .param("region", region).query(String.class).list();
    }

    /** Forgets exports that ended before the cut-off; returns their paths, for their files to go too. */
    public List<String> deleteEndedBefore(Instant cutoff) {
        return jdbc.sql("delete from exposure_export where end_at < :cutoff returning path")
                .param("cutoff", Timestamp.from(cutoff)).query(String.class).list();
    }
}
