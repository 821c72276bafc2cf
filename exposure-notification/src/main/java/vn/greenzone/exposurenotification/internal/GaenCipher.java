package vn.greenzone.exposurenotification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The GAEN derivations with reusable JCA objects. Not thread-safe: create one per thread or per task.
 * Instantiating Mac and Cipher costs far more than one key's worth of work, so matching keeps one of
 * these for a whole batch of keys.
 */
public final class GaenCipher {

    public static final int BLOCK = 16;
    private static final byte[] RPIK_INFO = "EN-RPIK".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AEMK_INFO = "EN-AEMK".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RPI_PREFIX = "EN-RPI".getBytes(StandardCharsets.US_ASCII);

    private final Mac extract;
    private final Mac expand;
    private final Cipher ecb;
    private final Cipher ctr;
    private final byte[] prk = new byte[32];
    private final byte[] padded = new byte[144 * BLOCK];

    public GaenCipher() {
        try {
            // HKDF-Extract with an empty salt is HMAC keyed with HashLen zero bytes; that key never changes.
            extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            expand = Mac.getInstance("HmacSHA256");
            ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ctr = Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256 or AES", e);
        }
        for (int offset = 0; offset < padded.length; offset += BLOCK) {
            System.arraycopy(RPI_PREFIX, 0, padded, offset, RPI_PREFIX.length);
        }
    }

    /** Rolling Proximity Identifier Key: HKDF-SHA256(tek, salt = none, info = "EN-RPIK", 16 bytes). */
    public void rpik(byte[] tek, byte[] out16) {
        hkdf(tek, RPIK_INFO, out16);
    }

    /** Associated Encrypted Metadata Key: HKDF-SHA256(tek, salt = none, info = "EN-AEMK", 16 bytes). */
    public void aemk(byte[] tek, byte[] out16) {
        hkdf(tek, AEMK_INFO, out16);
    }

    private void hkdf(byte[] ikm, byte[] info, byte[] out16) {
        try {
            extract.update(ikm);
            extract.doFinal(prk, 0);
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            expand.update(info);
            expand.update((byte) 1);
            byte[] t1 = expand.doFinal();
            System.arraycopy(t1, 0, out16, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * RPIs for {@code count} consecutive intervals from {@code firstInterval}, in one AES-ECB call so that
     * the per-call overhead of the JCA is paid once per key rather than once per identifier.
     */
    public void rpis(byte[] rpik, int firstInterval, int count, byte[] out) {
        int length = count * BLOCK;
        for (int i = 0; i < count; i++) {
            Bytes.putIntLittleEndian(padded, i * BLOCK + 12, firstInterval + i);
        }
        try {
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(rpik, "AES"));
            ecb.doFinal(padded, 0, length, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AEM = AES-128-CTR(AEMK, IV = RPI, data); the same call decrypts. */
    public byte[] aem(byte[] aemk, byte[] rpi, byte[] data) {
        try {
            ctr.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aemk, "AES"), new IvParameterSpec(rpi));
            return ctr.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
