package vn.greenzone.exposure.internal;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.springframework.stereotype.Component;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.exposurenotification.ExportSigner;
import vn.greenzone.exposurenotification.SignatureInfo;
import vn.greenzone.platform.ServerSecret;

/**
 * The ECDSA P-256 keys that sign exports, one per version, derived from the server secret: every node of
 * a cluster signs alike with no key file to copy, and rotating is a new version name. The public halves of
 * the current and retired versions are published for phones.
 */
@Component
public class ExportSigningKeys {

    /** A published verification key: what a phone app is configured with. */
    public record PublishedKey(String keyId, String keyVersion, String algorithm, String publicKeyPem) {
    }

    private final ServerSecret secret;
    private final ExposureProperties properties;

    ExportSigningKeys(ServerSecret secret, ExposureProperties properties) {
        this.secret = secret;
        this.properties = properties;
    }

    public ExportSigner current() {
        return new ExportSigner(SignatureInfo.ecdsaP256(properties.signingKeyId(), properties.signingKeyVersion()),
                privateKey(properties.signingKeyVersion()));
    }

    public List<PublishedKey> published() {
        var versions = new ArrayList<String>();
        versions.add(properties.signingKeyVersion());
        properties.retiredKeyVersions().stream().filter(v -> !v.isBlank() && !versions.contains(v)).forEach(versions::add);
        return versions.stream().map(version -> new PublishedKey(properties.signingKeyId(), version,
                SignatureInfo.ECDSA_P256_SHA256, pem(publicKey(version)))).toList();
    }

    private BigInteger scalar(String version) {
        X9ECParameters curve = ECNamedCurveTable.getByName("secp256r1");
        BigInteger seed = new BigInteger(1, java.util.HexFormat.of().parseHex(secret.hash("exposure-export-signing:" + version)));
        // Uniform enough in [1, n-1]: 256 bits reduced modulo a 256-bit order.
        return seed.mod(curve.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    private PrivateKey privateKey(String version) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar(version), p256()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK supports P-256", e);
        }
    }

    private PublicKey publicKey(String version) {
        X9ECParameters curve = ECNamedCurveTable.getByName("secp256r1");
        var point = curve.getG().multiply(scalar(version)).normalize();
        try {
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                    new ECPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger()), p256()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK supports P-256", e);
        }
    }

    private static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
