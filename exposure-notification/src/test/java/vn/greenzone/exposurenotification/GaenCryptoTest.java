package vn.greenzone.exposurenotification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.greenzone.exposurenotification.internal.GaenCipher;

/** The 144 rows of the GAEN v1.2 crypto test vectors. */
class GaenCryptoTest {

    private static final HexFormat HEX = HexFormat.of();
    private static Map<String, String> header;
    private static List<String[]> rows;

    @BeforeAll
    static void loadVectors() throws IOException {
        try (InputStream in = GaenCryptoTest.class.getResourceAsStream("/conformance/gaen-test-vectors.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
            header = new java.util.HashMap<>();
            Matcher m = Pattern.compile("(\\w+)=(\\w+)").matcher(lines.get(1));
            while (m.find()) {
                header.put(m.group(1), m.group(2));
            }
            rows = lines.stream().filter(l -> l.matches("\\d+ \\d+ .*")).map(l -> l.split(" ")).toList();
        }
    }

    @Test
    void derivesKeysByHkdf() {
        byte[] tek = HEX.parseHex(header.get("TEK"));
        assertThat(HEX.formatHex(GaenCrypto.rpik(tek))).isEqualTo(header.get("RPIK"));
        assertThat(HEX.formatHex(GaenCrypto.aemk(tek))).isEqualTo(header.get("AEMK"));
    }

    @Test
    void everyIntervalHasTheExpectedPaddedDataRpiAndAem() {
        assertThat(rows).hasSize(144);
        byte[] rpik = HEX.parseHex(header.get("RPIK"));
        byte[] aemk = HEX.parseHex(header.get("AEMK"));
        byte[] metadata = HEX.parseHex(header.get("METADATA"));
        int first = Integer.parseInt(rows.getFirst()[1]);
        byte[] bulk = new byte[144 * 16];
        new GaenCipher().rpis(rpik, first, 144, bulk);
        for (String[] row : rows) {
            int i = Integer.parseInt(row[0]);
            int interval = Integer.parseInt(row[1]);
            assertThat(interval).isEqualTo(first + i);
            assertThat(paddedData(interval)).as("padded data %d", i).isEqualTo(row[2]);
            byte[] rpi = GaenCrypto.rpi(rpik, interval);
            assertThat(HEX.formatHex(rpi)).as("RPI %d", i).isEqualTo(row[3]);
            assertThat(HEX.formatHex(bulk, i * 16, i * 16 + 16)).as("bulk RPI %d", i).isEqualTo(row[3]);
            byte[] aem = GaenCrypto.aem(aemk, rpi, metadata);
            assertThat(HEX.formatHex(aem)).as("AEM %d", i).isEqualTo(row[4]);
            assertThat(GaenCrypto.aem(aemk, rpi, aem)).as("AEM %d decrypts", i).isEqualTo(metadata);
        }
    }

    /** The padded data spelled out independently of the implementation: "EN-RPI", 6 zeros, LE interval. */
    private static String paddedData(int interval) {
        byte[] block = new byte[16];
        System.arraycopy("EN-RPI".getBytes(StandardCharsets.US_ASCII), 0, block, 0, 6);
        for (int b = 0; b < 4; b++) {
            block[12 + b] = (byte) (interval >>> (8 * b));
        }
        return HEX.formatHex(block);
    }

    @Test
    void intervalsAreTenMinutesSinceTheEpochAndKeysStartAtUtcMidnight() {
        int interval = Integer.parseInt(rows.getFirst()[1]);
        assertThat(EnIntervals.intervalOf(Instant.ofEpochSecond(interval * 600L + 599))).isEqualTo(interval);
        assertThat(EnIntervals.startOf(interval)).isEqualTo(Instant.ofEpochSecond(interval * 600L));
        assertThat(EnIntervals.dayStart(interval + 143)).isEqualTo(interval);
        assertThat(interval % 144).as("the vector key starts at midnight").isZero();
        assertThat(EnIntervals.dayStart(EnIntervals.utcDate(EnIntervals.startOf(interval)))).isEqualTo(interval);
    }

    @Test
    void metadataCarriesTheTxPowerAsASignedByte() {
        assertThat(HEX.formatHex(GaenCrypto.metadata(8))).isEqualTo(header.get("METADATA"));
        assertThat(GaenCrypto.metadata(-12)[1]).isEqualTo((byte) -12);
    }
}
