package vn.greenzone.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Ed25519 keys for the QR codes Greenzone prints and shows (venue posters, personal QRs). Each purpose
 * has its own key, derived from the server secret, so every node of a cluster signs and verifies alike
 * without a key file to distribute, and a key of one purpose cannot vouch for another.
 */
@Component
public class SigningKeys {

    private final ServerSecret secret;
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

    public SigningKeys(ServerSecret secret) {
        this.secret = secret;
    }

    /** The key for {@code purpose}, e.g. {@code "venue-poster"}. */
    public SigningKey forPurpose(String purpose) {
        return keys.computeIfAbsent(purpose, this::derive);
    }

    private SigningKey derive(String purpose) {
        byte[] seed = HexFormat.of().parseHex(secret.hash("ed25519:" + purpose));
        try {
            // The JDK's Ed25519 generator takes its 32-byte private key from the random source it is given.
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            return new SigningKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** One Ed25519 key pair; signing and verifying are safe from any thread. */
    public static final class SigningKey {

        private final KeyPair pair;

        private SigningKey(KeyPair pair) {
            this.pair = pair;
        }

        public byte[] sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(pair.getPrivate());
                signature.update(message);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        }

        public byte[] sign(String message) {
            return sign(message.getBytes(StandardCharsets.UTF_8));
        }

        /** False for a wrong, truncated or malformed signature; never throws on bad input. */
        public boolean verify(byte[] message, byte[] signatureBytes) {
            if (signatureBytes == null || signatureBytes.length != 64) {
                return false;
            }
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initVerify(pair.getPublic());
                signature.update(message);
                return signature.verify(signatureBytes);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        public boolean verify(String message, byte[] signatureBytes) {
            return verify(message.getBytes(StandardCharsets.UTF_8), signatureBytes);
        }

        /** The public key, X.509-encoded, for readers that verify QR codes themselves. */
        public byte[] publicKey() {
            return pair.getPublic().getEncoded();
        }
    }

    /** A random source that returns the seed and nothing else: only the key generator reads from it. */
    private static final class SeedRandom extends SecureRandom {

        private final byte[] seed;

        private SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length > seed.length) {
                throw new IllegalStateException("Ed25519 asks for 32 bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
