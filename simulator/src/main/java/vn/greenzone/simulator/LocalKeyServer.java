package vn.greenzone.simulator;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import vn.greenzone.exposurenotification.ExportSigner;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportWriter;
import vn.greenzone.exposurenotification.SignatureInfo;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationKey;

/** A key server in memory: one signed export of everything published, as the library writes it. */
final class LocalKeyServer implements KeyServer {

    private final List<TemporaryExposureKey> published = new ArrayList<>();
    private final Instant start;
    private final Instant end;

    LocalKeyServer(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    @Override
    public void publish(int phone, List<TemporaryExposureKey> keys) {
        published.addAll(keys);
    }

    @Override
    public Downloaded download() {
        KeyPair key = newSigningKey();
        SignatureInfo info = SignatureInfo.ecdsaP256("452", "v1");
        var writer = new KeyExportWriter(new ExportSigner(info, key.getPrivate()), Clock.fixed(end, ZoneOffset.UTC));
        byte[] export = writer.write(new KeyExport(start, end, "VN", 1, 1, List.of(info), published, List.of()));
        return new Downloaded(List.of(export), new VerificationKey("452", "v1", key.getPublic()));
    }

    private static KeyPair newSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
