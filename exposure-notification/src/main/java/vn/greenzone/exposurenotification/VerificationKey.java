package vn.greenzone.exposurenotification;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/** A public key trusted to sign exports, with the id and version that signatures name it by. */
public record VerificationKey(String keyId, String keyVersion, PublicKey publicKey) {

    public VerificationKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyVersion, "keyVersion");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /** From a PEM "PUBLIC KEY" block (X.509 SubjectPublicKeyInfo of a P-256 key). */
    public static VerificationKey fromPem(String keyId, String keyVersion, String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new VerificationKey(keyId, keyVersion, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PEM-encoded EC public key", e);
        }
    }
}
