package vn.greenzone.exposurenotification;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.ROLLING_START_IN_FUTURE;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.ROLLING_START_NOT_ALIGNED;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.greenzone.exposurenotification.internal.ExportArchive;
import vn.greenzone.exposurenotification.internal.ExportCodec;

/**
 * Writes signed export zips ({@code export.bin} + {@code export.sig}). On top of the rules every export
 * obeys, a writer publishes only keys that phones make: starting at a UTC midnight interval and not
 * after the writer's clock. Thread-safe.
 */
public final class KeyExportWriter {

    private final ExportSigner signer;
    private final Clock clock;

    public KeyExportWriter(ExportSigner signer, Clock clock) {
        this.signer = Objects.requireNonNull(signer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The zip bytes of one export, signed over the whole of {@code export.bin}. */
    public byte[] write(KeyExport export) {
        int now = EnIntervals.intervalOf(clock.instant());
        Stream.concat(export.keys().stream(), export.revisedKeys().stream()).forEach(key -> {
            if (key.rollingStartIntervalNumber() % EnIntervals.TEK_ROLLING_PERIOD != 0) {
                throw new ExposureDataException(ROLLING_START_NOT_ALIGNED, key + " does not start at a UTC midnight interval");
            }
            if (key.rollingStartIntervalNumber() > now) {
                throw new ExposureDataException(ROLLING_START_IN_FUTURE, key + " starts in the future");
            }
        });
        byte[] bin = ExportCodec.encodeExport(export);
        ExportCodec.TekSignature signature = new ExportCodec.TekSignature(signer.info(), export.batchNum(), export.batchSize(), sign(bin));
        return ExportArchive.zip(bin, ExportCodec.encodeSignatureList(List.of(signature)));
    }

    private byte[] sign(byte[] data) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(signer.privateKey());
            ecdsa.update(data);
            return ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the configured key", e);
        }
    }

    /**
     * Splits the keys published for one region in [start, end) into a batch of exports of at most
     * {@code maxKeysPerFile} keys each, numbered 1..n. Keys are shuffled first so that the order in a
     * file says nothing about when or together with whom they were uploaded.
     */
    public List<KeyExport> batch(List<TemporaryExposureKey> keys, List<TemporaryExposureKey> revisedKeys,
            Instant start, Instant end, String region, int maxKeysPerFile) {
        if (maxKeysPerFile < 1) {
            throw new IllegalArgumentException("maxKeysPerFile must be positive");
        }
        List<TemporaryExposureKey> shuffledKeys = shuffled(keys);
        List<TemporaryExposureKey> shuffledRevised = shuffled(revisedKeys);
        int total = keys.size() + revisedKeys.size();
        int files = Math.max(1, (total + maxKeysPerFile - 1) / maxKeysPerFile);
        List<KeyExport> exports = new ArrayList<>(files);
        for (int file = 0; file < files; file++) {
            int from = file * maxKeysPerFile;
            int to = Math.min(total, from + maxKeysPerFile);
            exports.add(new KeyExport(start, end, region, file + 1, files, List.of(signer.info()),
                    slice(shuffledKeys, from, to, 0), slice(shuffledRevised, from, to, keys.size())));
        }
        return exports;
    }

    private static List<TemporaryExposureKey> shuffled(List<TemporaryExposureKey> keys) {
        List<TemporaryExposureKey> copy = new ArrayList<>(keys);
        Collections.shuffle(copy, new SecureRandom());
        return copy;
    }

    /** The part of {@code list}, placed at {@code offset} in the concatenated key sequence, within [from, to). */
    private static List<TemporaryExposureKey> slice(List<TemporaryExposureKey> list, int from, int to, int offset) {
        int start = Math.clamp(from - offset, 0, list.size());
        int end = Math.clamp(to - offset, 0, list.size());
        return list.subList(start, end);
    }
}
