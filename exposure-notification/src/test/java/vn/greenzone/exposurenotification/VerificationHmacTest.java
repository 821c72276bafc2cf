package vn.greenzone.exposurenotification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class VerificationHmacTest {

    private static final byte[] SECRET = new byte[32];

    static {
        IntStream.range(0, 32).forEach(i -> SECRET[i] = (byte) i);
    }

    /** The expected value was computed apart, with Python's hmac module, from the format's description. */
    @Test
    void matchesTheVerificationServersFormat() {
        var keys = List.of(new VerificationHmac.UploadedKey("EBESExQVFhcYGRobHB0eHw==", 2699856, 144, 2),
                new VerificationHmac.UploadedKey("AAECAwQFBgcICQoLDA0ODw==", 2700000, 144, 4));
        assertThat(VerificationHmac.of(keys, SECRET)).isEqualTo("CxyDUgXAPCicqsGItTc8AMhtegNd4GJh2kLV275f/60=");
        assertThat(VerificationHmac.of(keys.reversed(), SECRET)).as("the order of the upload does not matter")
                .isEqualTo("CxyDUgXAPCicqsGItTc8AMhtegNd4GJh2kLV275f/60=");
        assertThat(VerificationHmac.of(List.of(keys.getFirst()), SECRET)).isNotEqualTo(VerificationHmac.of(keys, SECRET));
    }
}
