package vn.greenzone.exposurenotification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.greenzone.exposurenotification.internal.ExportArchive;
import vn.greenzone.exposurenotification.internal.ExportCodec;

/** Test fixtures: a signing key, keys at chosen days, and hand-made (possibly invalid) signed files. */
final class TestExports {

    static final SignatureInfo INFO = SignatureInfo.ecdsaP256("452", "v1");
    static final KeyPair KEY_PAIR = newKeyPair();
    static final VerificationKey VERIFICATION_KEY = new VerificationKey("452", "v1", KEY_PAIR.getPublic());
    static final ExportSigner SIGNER = new ExportSigner(INFO, KEY_PAIR.getPrivate());
    /** 2026-03-02T00:00Z, a UTC midnight. */
    static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(DAY.plusSeconds(86_400 + 3600), ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestExports() {
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static TemporaryExposureKey key(int daysBeforeDay, ReportType type) {
        return TemporaryExposureKey.generate(RANDOM, DAY.minusSeconds(86_400L * daysBeforeDay)).withDiagnosis(type, 0, null);
    }

    static KeyExport export(List<TemporaryExposureKey> keys, List<TemporaryExposureKey> revised) {
        return new KeyExport(DAY, DAY.plusSeconds(86_400), "VN", 1, 1, List.of(INFO), keys, revised);
    }

    static KeyExportReader reader() {
        return new KeyExportReader(VERIFICATION_KEY);
    }

    /** A zip with {@code bin} signed correctly by the test key for batch 1 of 1, whatever bin holds. */
    static byte[] signedZip(byte[] bin) {
        return signedZip(bin, INFO, 1, 1);
    }

    static byte[] signedZip(byte[] bin, SignatureInfo info, int batchNum, int batchSize) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(KEY_PAIR.getPrivate());
            ecdsa.update(bin);
            byte[] sig = ExportCodec.encodeSignatureList(List.of(new ExportCodec.TekSignature(info, batchNum, batchSize, ecdsa.sign())));
            return ExportArchive.zip(bin, sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = TestExports.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
