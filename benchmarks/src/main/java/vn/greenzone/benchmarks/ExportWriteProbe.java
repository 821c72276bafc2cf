package vn.greenzone.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.ExportSigner;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.KeyExportWriter;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.SignatureInfo;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationKey;

/**
 * Times the build of one hour's export the way the key server's {@code KeyExports.exportDue} makes it,
 * without the database: a {@link KeyExportWriter} with an ECDSA P-256 signer, {@code batch} (shuffle and
 * split into files of at most {@code max-keys-per-file}), then for each file {@code write} (protobuf, sign,
 * zip) and a write to a temporary file moved into place, as {@code LocalExportStorage} does. The keys are
 * made beforehand (the server reads them from PostgreSQL; that part is timed through the server by
 * benchmarks/exposure/run). The first run is in a cold JVM; then the best and the median of the warm runs.
 * The files of the last run are read back and verified with the library's reader.
 *
 * <p>Arguments: keys, keys per file, warm runs, output folder. Prints key=value lines.
 */
public final class ExportWriteProbe {

    private ExportWriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int perFile = Integer.parseInt(args[1]);
        int warmRuns = Integer.parseInt(args[2]);
        Path out = Files.createDirectories(Path.of(args[3]));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        SignatureInfo info = SignatureInfo.ecdsaP256("452", "v1");
        var signer = new ExportSigner(info, pair.getPrivate());

        Instant now = Instant.now();
        int today = EnIntervals.dayStart(EnIntervals.intervalOf(now));
        SecureRandom random = new SecureRandom();
        List<TemporaryExposureKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] data = new byte[16];
            random.nextBytes(data);
            int daysAgo = 1 + i % 14;
            keys.add(new TemporaryExposureKey(data, today - 144 * daysAgo, 144, ReportType.CONFIRMED_TEST, 4, 2 - daysAgo));
        }
        Instant start = now.minus(Duration.ofHours(1));

        long[] millis = new long[1 + warmRuns];
        long[] batchMillis = new long[1 + warmRuns];
        long bytes = 0;
        int files = 0;
        for (int run = 0; run <= warmRuns; run++) {
            Path folder = Files.createDirectories(out.resolve("run-" + run));
            long t0 = System.nanoTime();
            var writer = new KeyExportWriter(signer, Clock.systemUTC());
            List<KeyExport> batch = writer.batch(keys, List.of(), start, now, "VN", perFile);
            long t1 = System.nanoTime();
            bytes = 0;
            for (KeyExport file : batch) {
                byte[] zip = writer.write(file);
                Path target = folder.resolve(now.getEpochSecond() + "-" + file.batchNum() + "-" + file.batchSize() + ".zip");
                Path temporary = Files.createTempFile(folder, ".part-", ".tmp");
                Files.write(temporary, zip);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                bytes += zip.length;
            }
            long t2 = System.nanoTime();
            millis[run] = (t2 - t0) / 1_000_000;
            batchMillis[run] = (t1 - t0) / 1_000_000;
            files = batch.size();
            if (run < warmRuns) {
                try (var listing = Files.list(folder)) {
                    for (Path p : listing.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(folder);
            }
        }

        // The last run's files read back by a phone's reader: signature and content.
        var reader = new KeyExportReader(VerificationKey.fromPem("452", "v1", "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n"));
        int readBack = 0;
        try (var listing = Files.list(out.resolve("run-" + warmRuns))) {
            for (Path p : listing.toList()) {
                readBack += reader.read(p).keys().size();
            }
        }
        if (readBack != count) {
            throw new IllegalStateException("read back " + readBack + " keys of " + count);
        }

        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.println("keys=" + count);
        System.out.println("files=" + files);
        System.out.println("bytes=" + bytes);
        System.out.println("coldMillis=" + millis[0]);
        System.out.println("coldBatchMillis=" + batchMillis[0]);
        System.out.println("warmRuns=" + warmRuns);
        System.out.println("bestWarmMillis=" + (warm.length > 0 ? warm[0] : millis[0]));
        System.out.println("medianWarmMillis=" + (warm.length > 0 ? warm[warm.length / 2] : millis[0]));
        System.out.println("readBack=" + readBack);
    }
}
