package vn.greenzone.exposure.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportWriter;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.platform.ClusterLock;

/**
 * Publishes keys as signed export files: every run takes the keys that became publishable since the last
 * export ended (up to a minute ago, so that uploads still committing are not skipped) (at least {@code min-keys-per-export} of them, else they wait), shuffles them into a batch of
 * files signed with the current key, writes the files, then the index that lists them. Files are written
 * before the index and each atomically, so a phone never sees a partial file or an index naming a file
 * that is not there.
 */
@Service
public class KeyExports {

    /** Index of a region's exports, one path per line, oldest first (as Google's key server writes it). */
    public static final String INDEX = "index.txt";
    private static final long LOCK = 0x6578_706f_7274_7321L;
    private static final Logger log = LoggerFactory.getLogger(KeyExports.class);

    private final ExportRepository exports;
    private final ExportStorage storage;
    private final ExportSigningKeys signingKeys;
    private final ClusterLock lock;
    private final ExposureProperties properties;
    private final Clock clock;

    KeyExports(ExportRepository exports, ExportStorage storage, ExportSigningKeys signingKeys, ClusterLock lock,
            ExposureProperties properties, Clock clock) {
        this.exports = exports;
        this.storage = storage;
        this.signingKeys = signingKeys;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    /** Exports what is due; returns the paths of the files written (none when held or another node runs). */
    @Transactional
    public List<String> exportDue() {
        if (!lock.tryForTransaction(LOCK)) {
            return List.of();
        }
        String region = properties.region();
        Instant now = clock.instant();
        // Uploads still committing have a grace (a minute) to do so before the window closes over their time.
        Instant until = now.minus(properties.exportGrace());
        Instant last = exports.lastEnd(region);
        List<ExportRepository.Waiting> waiting = exports.waiting(region, last, until);
        if (waiting.size() < properties.minKeysPerExport()) {
            log.info("Exposure export: {} new keys, fewer than {}: held", waiting.size(), properties.minKeysPerExport());
            return List.of();
        }
        Instant start = last != null ? last : waiting.stream().map(w -> w.key().rollingStartIntervalNumber())
                .min(Integer::compare).map(EnIntervals::startOf).orElse(until);
        var writer = new KeyExportWriter(signingKeys.current(), clock);
        List<TemporaryExposureKey> keys = waiting.stream().map(ExportRepository.Waiting::key).toList();
        List<KeyExport> batch = writer.batch(keys, List.of(), start, until, region, properties.maxKeysPerFile());
        var written = new ArrayList<String>();
        for (KeyExport file : batch) {
            // The window end in milliseconds names the batch: two exports never share it (the second would be empty).
            String path = region + "/" + until.toEpochMilli() + "-" + file.batchNum() + "-" + file.batchSize() + ".zip";
            storage.put(path, writer.write(file));
            exports.insert(region, start, until, file.batchNum(), file.batchSize(), path, file.keys().size());
            written.add(path);
        }
        writeIndex(region);
        log.info("Exposure export: {} keys in {} files for {}", keys.size(), batch.size(), region);
        return written;
    }

    /** Drops exports older than the key retention, files and rows, and rewrites the index. */
    @Transactional
    public int forgetOld() {
        if (!lock.tryForTransaction(LOCK)) {
            return 0;
        }
        List<String> gone = exports.deleteEndedBefore(clock.instant().minus(properties.keyRetention()));
        if (!gone.isEmpty()) {
            writeIndex(properties.region());
            gone.forEach(storage::delete);
        }
        return gone.size();
    }

    private void writeIndex(String region) {
        String index = String.join("\n", exports.paths(region));
        storage.put(region + "/" + INDEX, (index.isEmpty() ? "" : index + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
