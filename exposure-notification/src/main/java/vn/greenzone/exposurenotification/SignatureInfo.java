package vn.greenzone.exposurenotification;

import java.util.Objects;

/**
 * Names the key that signs an export, as in the export's {@code SignatureInfo}. Phones are configured
 * with the public key for a (key id, key version) pair and ignore signatures by other keys.
 */
public record SignatureInfo(String verificationKeyVersion, String verificationKeyId, String signatureAlgorithm) {

    /** OID of ECDSA with SHA-256, the only algorithm GAEN exports use. */
    public static final String ECDSA_P256_SHA256 = "1.2.840.10045.4.3.2";

    public SignatureInfo {
        Objects.requireNonNull(verificationKeyVersion, "verificationKeyVersion");
        Objects.requireNonNull(verificationKeyId, "verificationKeyId");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    public static SignatureInfo ecdsaP256(String keyId, String keyVersion) {
        return new SignatureInfo(keyVersion, keyId, ECDSA_P256_SHA256);
    }

    boolean sameKey(String keyId, String keyVersion) {
        return verificationKeyId.equals(keyId) && verificationKeyVersion.equals(keyVersion);
    }
}
