package vn.greenzone.exposure.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.exposurenotification.TemporaryExposureKey;

/** SQL of uploaded diagnosis keys. */
@Repository
public class KeyRepository {

    /** A key to store and when it may be published. */
    public record StoredKey(TemporaryExposureKey key, Instant availableAt) {
    }

    private final JdbcClient jdbc;

    KeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the keys in one statement; a key uploaded before is kept as it was. Returns how many were new. */
    public int insert(List<StoredKey> keys, String region) {
        int n = keys.size();
        byte[][] data = new byte[n][];
        Integer[] starts = new Integer[n];
        Integer[] periods = new Integer[n];
        Integer[] risks = new Integer[n];
        Integer[] types = new Integer[n];
        Integer[] onsets = new Integer[n];
        String[] available = new String[n];
        for (int i = 0; i < n; i++) {
            TemporaryExposureKey key = keys.get(i).key();
            data[i] = key.keyData();
            starts[i] = key.rollingStartIntervalNumber();
            periods[i] = key.rollingPeriod();
            risks[i] = key.transmissionRiskLevel();
            types[i] = key.reportType().number();
            onsets[i] = key.daysSinceOnsetOfSymptoms();
            available[i] = keys.get(i).availableAt().toString();
        }
        return jdbc.sql("""
                        insert into exposure_key (key_data, rolling_start, rolling_period, transmission_risk, report_type,
                                days_since_onset, region, available_at)
                        select k, s, p, r, t, o, :region, a
                          from unnest(:data::bytea[], :starts::int[], :periods::int[], :risks::int[], :types::int[],
                                      :onsets::int[], :available::timestamptz[]) as u(k, s, p, r, t, o, a)
                        on conflict (key_data) do nothing""")
                .param("data", data).param("starts", starts).param("periods", periods).param("risks", risks)
                .param("types", types).param("onsets", onsets).param("available", available).param("region", region)
                .update();
    }

    /** Deletes keys uploaded before the cut-off; returns how many. */
    public int deleteUploadedBefore(Instant cutoff) {
        return jdbc.sql("delete from exposure_key where uploaded_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
    }
}
