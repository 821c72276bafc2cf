package vn.greenzone.exposurenotification;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.DUPLICATE_KEY;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.INCONSISTENT_BATCH;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.INCONSISTENT_TIME_WINDOW;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.ROLLING_START_IN_FUTURE;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.greenzone.exposurenotification.internal.Bytes;
import vn.greenzone.exposurenotification.internal.LongPairIndex;

/**
 * The content of one {@code export.bin}: the diagnosis keys published for a region in a time window,
 * file {@code batchNum} of {@code batchSize}. Construction enforces what holds for every export, read
 * or written: a sane batch and window, no key twice, no key starting after the window's end.
 *
 * @param revisedKeys keys published earlier whose report type changed (e.g. to {@link ReportType#REVOKED})
 */
public record KeyExport(Instant startTimestamp, Instant endTimestamp, String region, int batchNum, int batchSize,
        List<SignatureInfo> signatureInfos, List<TemporaryExposureKey> keys, List<TemporaryExposureKey> revisedKeys) {

    public KeyExport {
        Objects.requireNonNull(startTimestamp, "startTimestamp");
        Objects.requireNonNull(endTimestamp, "endTimestamp");
        Objects.requireNonNull(region, "region");
        signatureInfos = List.copyOf(signatureInfos);
        keys = List.copyOf(keys);
        revisedKeys = List.copyOf(revisedKeys);
        if (batchSize < 1 || batchNum < 1 || batchNum > batchSize) {
            throw new ExposureDataException(INCONSISTENT_BATCH, "batch " + batchNum + " of " + batchSize);
        }
        if (endTimestamp.isBefore(startTimestamp)) {
            throw new ExposureDataException(INCONSISTENT_TIME_WINDOW, "ends " + endTimestamp + " before it starts " + startTimestamp);
        }
        requireDistinctAndNotAfter(keys, endTimestamp);
        requireDistinctAndNotAfter(revisedKeys, endTimestamp);
    }

    private static void requireDistinctAndNotAfter(List<TemporaryExposureKey> keys, Instant end) {
        int endInterval = EnIntervals.intervalOf(end);
        LongPairIndex seen = new LongPairIndex(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            TemporaryExposureKey key = keys.get(i);
            if (key.rollingStartIntervalNumber() > endInterval) {
                throw new ExposureDataException(ROLLING_START_IN_FUTURE, key + " starts after the export's end " + end);
            }
            byte[] data = key.keyData();
            if (seen.put(Bytes.longAt(data, 0), Bytes.longAt(data, 8), i) >= 0) {
                throw new ExposureDataException(DUPLICATE_KEY, key + " appears twice");
            }
        }
    }

    /**
     * Checks that files downloaded together form one whole batch: the same window, region and batch
     * size, and each number 1..size exactly once.
     */
    public static void requireCompleteBatch(List<KeyExport> files) {
        if (files.isEmpty()) {
            return;
        }
        KeyExport first = files.getFirst();
        boolean[] seen = new boolean[first.batchSize() + 1];
        for (KeyExport file : files) {
            if (file.batchSize() != first.batchSize() || !file.region().equals(first.region())
                    || !file.startTimestamp().equals(first.startTimestamp()) || !file.endTimestamp().equals(first.endTimestamp())) {
                throw new ExposureDataException(INCONSISTENT_BATCH, "files of different batches mixed: " + first.describe() + " and " + file.describe());
            }
            if (seen[file.batchNum()]) {
                throw new ExposureDataException(INCONSISTENT_BATCH, "batch number " + file.batchNum() + " appears twice");
            }
            seen[file.batchNum()] = true;
        }
        if (files.size() != first.batchSize()) {
            throw new ExposureDataException(INCONSISTENT_BATCH, files.size() + " files of a batch of " + first.batchSize());
        }
    }

    private String describe() {
        return region + " " + startTimestamp + ".." + endTimestamp + " " + batchNum + "/" + batchSize;
    }
}
