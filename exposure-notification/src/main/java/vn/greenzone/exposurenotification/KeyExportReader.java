package vn.greenzone.exposurenotification;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.INCONSISTENT_BATCH;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.SIGNATURE_INVALID;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.UNKNOWN_SIGNING_KEY;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.UNSUPPORTED_SIGNATURE_ALGORITHM;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.List;
import java.util.Optional;
import vn.greenzone.exposurenotification.internal.ExportArchive;
import vn.greenzone.exposurenotification.internal.ExportCodec;
import vn.greenzone.exposurenotification.internal.ExportCodec.TekSignature;

/**
 * Reads and verifies export zips. The signature is checked before the protobuf is parsed, so
 * unauthenticated bytes never reach the parser beyond the header. A file is accepted only if a
 * signature by one of the trusted keys (matched by key id and version) verifies over the whole
 * {@code export.bin}, and names the same batch as the file. Thread-safe.
 */
public final class KeyExportReader {

    private final List<VerificationKey> trustedKeys;
    private final ExportLimits limits;

    public KeyExportReader(List<VerificationKey> trustedKeys, ExportLimits limits) {
        if (trustedKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one verification key is needed");
        }
        this.trustedKeys = List.copyOf(trustedKeys);
        this.limits = limits;
    }

    public KeyExportReader(VerificationKey trustedKey) {
        this(List.of(trustedKey), ExportLimits.defaults());
    }

    /** @throws ExposureDataException when the file is malformed, too large or not signed by a trusted key */
    public KeyExport read(InputStream zip) throws IOException {
        ExportArchive.Entries entries = ExportArchive.unzip(zip, limits);
        byte[] bin = entries.exportBin();
        ExportCodec.requireHeader(bin);
        TekSignature signature = verify(bin, ExportCodec.decodeSignatureList(entries.exportSig()));
        KeyExport export = ExportCodec.decodeExport(bin, limits.maxKeys());
        if (signature.batchNum() != export.batchNum() || signature.batchSize() != export.batchSize()) {
            throw new ExposureDataException(INCONSISTENT_BATCH, "the signature is for batch " + signature.batchNum() + " of "
                    + signature.batchSize() + ", the file is " + export.batchNum() + " of " + export.batchSize());
        }
        return export;
    }

    public KeyExport read(byte[] zip) {
        try {
            return read(new ByteArrayInputStream(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KeyExport read(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return read(in);
        }
    }

    /** Verifies every signature by a trusted key; returns one of them. */
    private TekSignature verify(byte[] bin, List<TekSignature> signatures) {
        TekSignature verified = null;
        for (TekSignature signature : signatures) {
            Optional<VerificationKey> key = trustedKeyFor(signature.info());
            if (key.isEmpty()) {
                continue;
            }
            if (!SignatureInfo.ECDSA_P256_SHA256.equals(signature.info().signatureAlgorithm())) {
                throw new ExposureDataException(UNSUPPORTED_SIGNATURE_ALGORITHM, "algorithm " + signature.info().signatureAlgorithm());
            }
            if (!ecdsaVerifies(key.get(), bin, signature.signature())) {
                throw new ExposureDataException(SIGNATURE_INVALID, "signature by key " + key.get().keyId() + " v" + key.get().keyVersion() + " does not verify");
            }
            verified = signature;
        }
        if (verified == null) {
            throw new ExposureDataException(UNKNOWN_SIGNING_KEY, "no signature by a trusted key among " + signatures.stream().map(TekSignature::info).toList());
        }
        return verified;
    }

    private Optional<VerificationKey> trustedKeyFor(SignatureInfo info) {
        return trustedKeys.stream().filter(k -> info.sameKey(k.keyId(), k.keyVersion())).findFirst();
    }

    private static boolean ecdsaVerifies(VerificationKey key, byte[] data, byte[] signature) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(key.publicKey());
            ecdsa.update(data);
            return ecdsa.verify(signature);
        } catch (SignatureException e) {
            return false; // a signature that is not even valid DER
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify with key " + key.keyId(), e);
        }
    }
}
