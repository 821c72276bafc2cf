package vn.greenzone.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The key that peppers hashes of short codes: a six-digit code hashed without a secret could be
 * reversed in milliseconds by anyone who reads the database. Taken from {@code greenzone.secret}
 * (every node of a cluster must share it) or created once under the data directory.
 */
@Component
public class ServerSecret {

    /** Keyed once; each hash works on a clone, as requests run on short-lived virtual threads. */
    private final Mac keyed;

    public ServerSecret(GreenzoneProperties properties) {
        String secret = properties.secret().isBlank()
                ? loadOrCreate(properties.dataDir().resolve("secret.key"))
                : properties.secret();
        this.keyed = keyedMac(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex HMAC-SHA256 of the text under the server secret. */
    public String hash(String text) {
        try {
            Mac mac = (Mac) keyed.clone();
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 is cloneable", e);
        }
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The file's text is the secret, so it can be copied into {@code GREENZONE_SECRET} on other nodes. */
    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String secret = Base64.getEncoder().encodeToString(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server secret " + file, e);
        }
    }
}
