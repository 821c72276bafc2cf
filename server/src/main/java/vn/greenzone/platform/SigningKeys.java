package vn.greenzone.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.springframework.stereotype.Component;

/**
 * Ed25519 keys (RFC 8032) for the QR codes Greenzone prints and shows (venue posters, personal QRs).
 * Each purpose has its own key, derived from the server secret, so every node of a cluster signs and
 * verifies alike without a key file to distribute, and a key of one purpose cannot vouch for another.
 * Bouncy Castle's implementation verifies several times faster than the JDK's, and every check-in
 * verifies a signature.
 */
@Component
public class SigningKeys {

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), followed by the 32-byte key. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final ServerSecret secret;
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

    public SigningKeys(ServerSecret secret) {
        this.secret = secret;
    }

    /** The key for {@code purpose}, e.g. {@code "venue-poster"}. */
    public SigningKey forPurpose(String purpose) {
        return keys.computeIfAbsent(purpose,
                name -> new SigningKey(HexFormat.of().parseHex(secret.hash("ed25519:" + name))));
    }

    /** One Ed25519 key pair; signing and verifying are safe from any thread. */
    public static final class SigningKey {

        /**
         * A door sees the same poster or printed code again and again; remembering signatures that
         * verified (with their whole message, so nothing else can match) spares most checks.
         */
        private static final int REMEMBERED = 100_000;

        private final byte[] privateKey;
        private final byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        private final Map<ByteBuffer, ByteBuffer> verified = new ConcurrentHashMap<>();

        private SigningKey(byte[] seed) {
            this.privateKey = seed.clone();
            Ed25519.generatePublicKey(privateKey, 0, publicKey, 0);
        }

        public byte[] sign(byte[] message) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(privateKey, 0, message, 0, message.length, signature, 0);
            return signature;
        }

        public byte[] sign(String message) {
            return sign(message.getBytes(StandardCharsets.UTF_8));
        }

        /** False for a wrong, truncated or malformed signature; never throws on bad input. */
        public boolean verify(byte[] message, byte[] signature) {
            if (message == null || signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
                return false;
            }
            ByteBuffer key = ByteBuffer.wrap(signature.clone());
            if (ByteBuffer.wrap(message).equals(verified.get(key))) {
                return true;
            }
            boolean valid;
            try {
                valid = Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
            } catch (RuntimeException malformed) {
                return false;
            }
            if (valid) {
                if (verified.size() >= REMEMBERED) {
                    verified.clear();
                }
                verified.put(key, ByteBuffer.wrap(message.clone()));
            }
            return valid;
        }

        public boolean verify(String message, byte[] signature) {
            return message != null && verify(message.getBytes(StandardCharsets.UTF_8), signature);
        }

        /** The public key, X.509-encoded, for readers that verify QR codes themselves. */
        public byte[] publicKey() {
            byte[] encoded = new byte[X509_PREFIX.length + publicKey.length];
            System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
            System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, publicKey.length);
            return encoded;
        }
    }
}
