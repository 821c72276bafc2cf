package vn.greenzone.exposurenotification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC that binds a verification certificate to the keys of one upload, in the format of Google's EN
 * verification server: keys sorted by their base64 text, each {@code key.rollingStart.rollingPeriod.transmissionRisk},
 * joined by commas, HMAC-SHA256 under a secret only the phone holds, base64. The verification side sees
 * only the HMAC; the key server sees the keys and the secret and recomputes it.
 */
public final class VerificationHmac {

    /** One key as a phone uploads it: base64 key data and the numbers that go with it. */
    public record UploadedKey(String key, int rollingStartNumber, int rollingPeriod, int transmissionRisk) {

        public static UploadedKey of(TemporaryExposureKey key) {
            return new UploadedKey(Base64.getEncoder().encodeToString(key.keyData()), key.rollingStartIntervalNumber(),
                    key.rollingPeriod(), key.transmissionRiskLevel());
        }
    }

    private VerificationHmac() {
    }

    public static String of(List<UploadedKey> keys, byte[] secret) {
        String message = keys.stream().sorted(Comparator.comparing(UploadedKey::key))
                .map(k -> k.key() + "." + k.rollingStartNumber() + "." + k.rollingPeriod() + "." + k.transmissionRisk())
                .collect(Collectors.joining(","));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
