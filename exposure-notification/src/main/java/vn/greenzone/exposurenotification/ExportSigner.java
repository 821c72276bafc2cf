package vn.greenzone.exposurenotification;

import java.security.PrivateKey;
import java.util.Objects;

/** The key server's signing key and the name under which phones know its public half. */
public record ExportSigner(SignatureInfo info, PrivateKey privateKey) {

    public ExportSigner {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(privateKey, "privateKey");
        if (!SignatureInfo.ECDSA_P256_SHA256.equals(info.signatureAlgorithm())) {
            throw new IllegalArgumentException("exports are signed with ECDSA P-256 / SHA-256");
        }
    }
}
