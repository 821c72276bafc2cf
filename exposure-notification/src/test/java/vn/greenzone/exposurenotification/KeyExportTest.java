package vn.greenzone.exposurenotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.greenzone.exposurenotification.TestExports.DAY;
import static vn.greenzone.exposurenotification.TestExports.INFO;
import static vn.greenzone.exposurenotification.TestExports.key;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.greenzone.exposurenotification.ExposureDataException.Problem;
import vn.greenzone.exposurenotification.internal.ExportArchive;
import vn.greenzone.exposurenotification.internal.ExportCodec;

class KeyExportTest {

    private static final String SAMPLE = "/conformance/gaen-export-sample/";
    private final byte[] sampleBin = TestExports.resource(SAMPLE + "export.bin");
    private final byte[] sampleSig = TestExports.resource(SAMPLE + "export.sig");
    private final KeyExportReader sampleReader = new KeyExportReader(VerificationKey.fromPem("some_id", "1",
            new String(TestExports.resource(SAMPLE + "public.pem"), StandardCharsets.US_ASCII)));
    private final KeyExportWriter writer = new KeyExportWriter(TestExports.SIGNER, TestExports.CLOCK);

    private static void assertProblem(ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ExposureDataException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    // ------------------------------------------------------------ the published sample

    @Test
    void theGoogleSampleParsesAndVerifies() {
        KeyExport export = sampleReader.read(ExportArchive.zip(sampleBin, sampleSig));
        assertThat(export.region()).isEqualTo("US");
        assertThat(export.batchNum()).isEqualTo(1);
        assertThat(export.batchSize()).isEqualTo(1);
        assertThat(export.startTimestamp()).isEqualTo(Instant.ofEpochSecond(0x5ec7e8f0L));
        assertThat(export.endTimestamp()).isEqualTo(Instant.ofEpochSecond(0x5ec93a70L));
        assertThat(export.signatureInfos()).containsExactly(new SignatureInfo("1", "some_id", SignatureInfo.ECDSA_P256_SHA256));
        assertThat(export.keys()).hasSize(2);
        TemporaryExposureKey first = export.keys().getFirst();
        assertThat(HexFormat.of().formatHex(first.keyData())).isEqualTo("172fc480e598490c341776043" + "39b1543");
        assertThat(first.transmissionRiskLevel()).isEqualTo(8);
        assertThat(first.rollingStartIntervalNumber()).isEqualTo(2649980);
        assertThat(first.rollingPeriod()).isEqualTo(1);
        assertThat(export.keys().get(1).rollingPeriod()).isEqualTo(114);
        assertThat(export.revisedKeys()).isEmpty();
    }

    @Test
    void aFlippedByteAnywhereInTheSampleFails() {
        for (int i = 0; i < sampleBin.length; i++) {
            byte[] bin = sampleBin.clone();
            bin[i] ^= 0x01;
            assertThatThrownBy(() -> sampleReader.read(ExportArchive.zip(bin, sampleSig)))
                    .as("flipped export.bin byte %d", i).isInstanceOf(ExposureDataException.class);
        }
        for (int i = 0; i < sampleSig.length; i++) {
            byte[] sig = sampleSig.clone();
            sig[i] ^= 0x01;
            assertThatThrownBy(() -> sampleReader.read(ExportArchive.zip(sampleBin, sig)))
                    .as("flipped export.sig byte %d", i).isInstanceOf(ExposureDataException.class);
        }
    }

    @Test
    void theSampleSignedByAnotherKeyIsRefused() {
        assertProblem(() -> TestExports.reader().read(ExportArchive.zip(sampleBin, sampleSig)), Problem.UNKNOWN_SIGNING_KEY);
        KeyExportReader wrongVersion = new KeyExportReader(new VerificationKey("some_id", "2", TestExports.VERIFICATION_KEY.publicKey()));
        assertProblem(() -> wrongVersion.read(ExportArchive.zip(sampleBin, sampleSig)), Problem.UNKNOWN_SIGNING_KEY);
        KeyExportReader rightNameWrongKey = new KeyExportReader(new VerificationKey("some_id", "1", TestExports.VERIFICATION_KEY.publicKey()));
        assertProblem(() -> rightNameWrongKey.read(ExportArchive.zip(sampleBin, sampleSig)), Problem.SIGNATURE_INVALID);
    }

    // ------------------------------------------------------------ round trip and batches

    @Test
    void aWrittenExportRoundTrips() {
        List<TemporaryExposureKey> keys = List.of(key(1, ReportType.CONFIRMED_TEST).withDiagnosis(ReportType.CONFIRMED_TEST, 6, -3),
                key(2, ReportType.SELF_REPORT), key(3, ReportType.CONFIRMED_CLINICAL_DIAGNOSIS).withDiagnosis(ReportType.RECURSIVE, 0, 14));
        List<TemporaryExposureKey> revised = List.of(key(5, ReportType.REVOKED));
        KeyExport export = TestExports.export(keys, revised);
        byte[] zip = writer.write(export);
        assertThat(TestExports.reader().read(zip)).isEqualTo(export);
    }

    @Test
    void batchesSplitKeysIntoNumberedFilesThatEachVerify() {
        List<TemporaryExposureKey> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(key(i % 14, ReportType.CONFIRMED_TEST));
        }
        List<KeyExport> batch = writer.batch(keys, List.of(key(3, ReportType.REVOKED)), DAY, DAY.plusSeconds(86_400), "VN", 10);
        assertThat(batch).extracting(KeyExport::batchNum).containsExactly(1, 2, 3);
        assertThat(batch).allSatisfy(e -> assertThat(e.batchSize()).isEqualTo(3));
        List<KeyExport> read = batch.stream().map(e -> TestExports.reader().read(writer.write(e))).toList();
        KeyExport.requireCompleteBatch(read);
        assertThat(read.stream().flatMap(e -> e.keys().stream())).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(read.stream().mapToInt(e -> e.keys().size() + e.revisedKeys().size()).sum()).isEqualTo(26);
        assertThat(read.getLast().revisedKeys()).hasSize(1);
    }

    @Test
    void inconsistentBatchNumbersAreRefused() {
        assertProblem(() -> new KeyExport(DAY, DAY, "VN", 3, 2, List.of(INFO), List.of(), List.of()), Problem.INCONSISTENT_BATCH);
        assertProblem(() -> new KeyExport(DAY, DAY, "VN", 0, 1, List.of(INFO), List.of(), List.of()), Problem.INCONSISTENT_BATCH);
        KeyExport one = new KeyExport(DAY, DAY, "VN", 1, 2, List.of(INFO), List.of(), List.of());
        KeyExport otherRegion = new KeyExport(DAY, DAY, "LA", 2, 2, List.of(INFO), List.of(), List.of());
        assertProblem(() -> KeyExport.requireCompleteBatch(List.of(one, otherRegion)), Problem.INCONSISTENT_BATCH);
        assertProblem(() -> KeyExport.requireCompleteBatch(List.of(one, one)), Problem.INCONSISTENT_BATCH);
        assertProblem(() -> KeyExport.requireCompleteBatch(List.of(one)), Problem.INCONSISTENT_BATCH);
        // A signature made for another batch position does not vouch for this file.
        byte[] bin = ExportCodec.encodeExport(TestExports.export(List.of(key(1, ReportType.CONFIRMED_TEST)), List.of()));
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(bin, INFO, 2, 2)), Problem.INCONSISTENT_BATCH);
        assertProblem(() -> new KeyExport(DAY.plusSeconds(1), DAY, "VN", 1, 1, List.of(INFO), List.of(), List.of()), Problem.INCONSISTENT_TIME_WINDOW);
    }

    // ------------------------------------------------------------ bad keys

    @Test
    void keysOfTheWrongLengthOrPeriodAreRefused() {
        assertProblem(() -> new TemporaryExposureKey(new byte[15], 0, 144, ReportType.UNKNOWN, 0, null), Problem.KEY_LENGTH);
        assertProblem(() -> new TemporaryExposureKey(new byte[16], 0, 0, ReportType.UNKNOWN, 0, null), Problem.ROLLING_PERIOD);
        assertProblem(() -> new TemporaryExposureKey(new byte[16], 0, 145, ReportType.UNKNOWN, 0, null), Problem.ROLLING_PERIOD);
        assertProblem(() -> new TemporaryExposureKey(new byte[16], -1, 144, ReportType.UNKNOWN, 0, null), Problem.ROLLING_START_INVALID);
        // The same faults inside a signed file.
        assertProblem(() -> readRawKey(new byte[17], 2_900_000, 144, 1), Problem.KEY_LENGTH);
        assertProblem(() -> readRawKey(new byte[16], 2_900_000, 200, 1), Problem.ROLLING_PERIOD);
        assertProblem(() -> readRawKey(new byte[16], 2_900_000, 0, 1), Problem.ROLLING_PERIOD);
    }

    @Test
    void unknownReportTypesAreRefused() {
        assertProblem(() -> ReportType.ofNumber(6), Problem.UNKNOWN_REPORT_TYPE);
        assertProblem(() -> readRawKey(new byte[16], 2_900_000, 144, 9), Problem.UNKNOWN_REPORT_TYPE);
    }

    @Test
    void writersRefuseUnalignedOrFutureKeysAndEveryoneRefusesKeysAfterTheWindow() {
        TemporaryExposureKey good = key(1, ReportType.CONFIRMED_TEST);
        TemporaryExposureKey unaligned = new TemporaryExposureKey(good.keyData(), good.rollingStartIntervalNumber() + 6, 138,
                ReportType.CONFIRMED_TEST, 0, null);
        assertProblem(() -> writer.write(TestExports.export(List.of(unaligned), List.of())), Problem.ROLLING_START_NOT_ALIGNED);
        KeyExportWriter earlyWriter = new KeyExportWriter(TestExports.SIGNER, java.time.Clock.fixed(DAY.minusSeconds(7200), java.time.ZoneOffset.UTC));
        assertProblem(() -> earlyWriter.write(TestExports.export(List.of(key(0, ReportType.CONFIRMED_TEST)), List.of())), Problem.ROLLING_START_IN_FUTURE);
        TemporaryExposureKey tomorrowsKey = key(-2, ReportType.CONFIRMED_TEST);
        assertProblem(() -> TestExports.export(List.of(tomorrowsKey), List.of()), Problem.ROLLING_START_IN_FUTURE);
    }

    @Test
    void duplicateKeysInOneExportAreRefused() {
        TemporaryExposureKey k = key(1, ReportType.CONFIRMED_TEST);
        assertProblem(() -> TestExports.export(List.of(k, key(2, ReportType.CONFIRMED_TEST), k), List.of()), Problem.DUPLICATE_KEY);
        // Also when the file was produced elsewhere: encode twice the same key, sign, read.
        KeyExport single = TestExports.export(List.of(k), List.of());
        byte[] bin = ExportCodec.encodeExport(single);
        byte[] keyField = Arrays.copyOfRange(bin, bin.length - (bin.length - indexOfKeyField(bin)), bin.length);
        byte[] doubled = concat(bin, keyField);
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(doubled)), Problem.DUPLICATE_KEY);
    }

    // ------------------------------------------------------------ hostile files

    @Test
    void truncatedWrongHeaderAndGarbageFilesFailClearly() {
        byte[] zip = writer.write(TestExports.export(List.of(key(1, ReportType.CONFIRMED_TEST)), List.of()));
        // The central directory at the end is never needed (entries are streamed), so cut inside the entries.
        int centralDirectory = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        for (int length : new int[] {0, 10, zip.length / 2, centralDirectory - 20}) {
            assertThatThrownBy(() -> TestExports.reader().read(Arrays.copyOf(zip, length)))
                    .as("truncated to %d", length).isInstanceOf(ExposureDataException.class);
        }
        byte[] bin = ExportCodec.encodeExport(TestExports.export(List.of(key(1, ReportType.CONFIRMED_TEST)), List.of()));
        byte[] wrongHeader = bin.clone();
        wrongHeader[3] = 'e';
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(wrongHeader)), Problem.WRONG_HEADER);
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(Arrays.copyOf(bin, 9))), Problem.WRONG_HEADER);
        byte[] truncatedBin = Arrays.copyOf(bin, bin.length - 5);
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(truncatedBin)), Problem.MALFORMED_PROTOBUF);
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[random.nextInt(2000)];
            random.nextBytes(garbage);
            assertThatThrownBy(() -> TestExports.reader().read(garbage)).isInstanceOf(ExposureDataException.class);
            byte[] garbageBin = concat(ExportCodec.HEADER, garbage);
            assertThatThrownBy(() -> TestExports.reader().read(TestExports.signedZip(garbageBin))).isInstanceOf(ExposureDataException.class);
        }
    }

    @Test
    void oversizedEntriesAndZipBombsStopAtTheLimit() throws IOException {
        byte[] zip = writer.write(TestExports.export(List.of(key(1, ReportType.CONFIRMED_TEST), key(2, ReportType.CONFIRMED_TEST)), List.of()));
        KeyExportReader tight = new KeyExportReader(List.of(TestExports.VERIFICATION_KEY), new ExportLimits(50, 1024, 10));
        assertProblem(() -> tight.read(zip), Problem.TOO_LARGE);
        KeyExportReader oneKey = new KeyExportReader(List.of(TestExports.VERIFICATION_KEY), new ExportLimits(1024, 1024, 1));
        assertProblem(() -> oneKey.read(zip), Problem.TOO_MANY_KEYS);
        // 80 MB of zeros deflate to ~80 kB: the reader must stop at its 64 MB default, not inflate it all.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("export.bin"));
            out.write(ExportCodec.HEADER);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1_000_000);
        assertProblem(() -> TestExports.reader().read(bomb.toByteArray()), Problem.TOO_LARGE);
    }

    @Test
    void archivesWithOtherEntriesOrMissingOnesAreRefused() throws IOException {
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(extra)) {
            out.putNextEntry(new ZipEntry("../../evil.sh"));
            out.write(1);
            out.closeEntry();
        }
        assertProblem(() -> TestExports.reader().read(extra.toByteArray()), Problem.UNEXPECTED_ENTRY);
        ByteArrayOutputStream onlyBin = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(onlyBin)) {
            out.putNextEntry(new ZipEntry("export.bin"));
            out.write(sampleBin);
            out.closeEntry();
        }
        assertProblem(() -> sampleReader.read(onlyBin.toByteArray()), Problem.MISSING_ENTRY);
    }

    @Test
    void aSignatureListNamingOnlyUnknownKeysIsRefused() {
        byte[] bin = ExportCodec.encodeExport(TestExports.export(List.of(key(1, ReportType.CONFIRMED_TEST)), List.of()));
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(bin, SignatureInfo.ecdsaP256("999", "v1"), 1, 1)),
                Problem.UNKNOWN_SIGNING_KEY);
        assertProblem(() -> TestExports.reader().read(TestExports.signedZip(bin, new SignatureInfo("v1", "452", "1.2.840.10045.4.3.4"), 1, 1)),
                Problem.UNSUPPORTED_SIGNATURE_ALGORITHM);
    }

    // ------------------------------------------------------------ helpers

    /** A signed export.bin with one key whose fields are written raw, bypassing every check. */
    private static void readRawKey(byte[] keyData, int start, int period, int reportType) throws IOException {
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        CodedOutputStream k = CodedOutputStream.newInstance(key);
        k.writeByteArray(1, keyData);
        k.writeInt32(3, start);
        k.writeInt32(4, period);
        k.writeEnum(5, reportType);
        k.flush();
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        bin.write(ExportCodec.HEADER);
        CodedOutputStream e = CodedOutputStream.newInstance(bin);
        e.writeFixed64(1, DAY.getEpochSecond());
        e.writeFixed64(2, DAY.getEpochSecond() + 86_400 * 400L);
        e.writeString(3, "VN");
        e.writeInt32(4, 1);
        e.writeInt32(5, 1);
        e.writeByteArray(7, key.toByteArray());
        e.flush();
        TestExports.reader().read(TestExports.signedZip(bin.toByteArray()));
    }

    /** Offset of the last field 7 (keys) in an encoded export: the encoder writes keys last. */
    private static int indexOfKeyField(byte[] bin) {
        for (int i = bin.length - 1; i >= ExportCodec.HEADER.length; i--) {
            if (bin[i] == 0x3a && i + 1 < bin.length && (bin[i + 1] & 0xff) == bin.length - i - 2) {
                return i;
            }
        }
        throw new IllegalStateException("no key field");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("not found");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
