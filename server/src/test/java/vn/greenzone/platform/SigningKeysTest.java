package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

import org.junit.jupiter.api.Test;

/** Keys per purpose, derived from the server secret, producing standard Ed25519 any reader can check. */
class SigningKeysTest {

    private static SigningKeys keys(String secret) {
        return new SigningKeys(new ServerSecret(new GreenzoneProperties(Path.of("target/unused"), false, "http://x",
                secret, "0900000000", null, null)));
    }

    @Test
    void signaturesVerifyWithTheJdksOwnEd25519AndThePublishedKey() throws Exception {
        SigningKeys.SigningKey key = keys("secret-one").forPurpose("venue-poster");
        byte[] message = "Quán Phở Hòa".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.sign(message);

        PublicKey published = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.publicKey()));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(published);
        jdk.update(message);
        assertThat(jdk.verify(signature)).isTrue();
        assertThat(key.verify(message, signature)).isTrue();
    }

    @Test
    void alteredMessagesSignaturesAndOtherPurposesAreRefused() {
        SigningKeys keys = keys("secret-one");
        SigningKeys.SigningKey poster = keys.forPurpose("venue-poster");
        byte[] signature = poster.sign("venue 42");
        byte[] flipped = signature.clone();
        flipped[10] ^= 0x20;

        // A remembered good signature vouches for its own message and nothing else.
        assertThat(poster.verify("venue 42", signature)).isTrue();
        assertThat(poster.verify("venue 42", signature)).isTrue();
        assertThat(poster.verify("venue 43", signature)).isFalse();
        assertThat(poster.verify("venue 42", flipped)).isFalse();
        assertThat(poster.verify("venue 42", new byte[3])).isFalse();
        assertThat(poster.verify("venue 42", (byte[]) null)).isFalse();
        assertThat(keys.forPurpose("personal-qr").verify("venue 42", signature)).isFalse();
    }

    @Test
    void nodesSharingTheSecretShareTheKeysAndOthersDoNot() {
        byte[] signature = keys("shared").forPurpose("venue-poster").sign("venue 7");
        assertThat(keys("shared").forPurpose("venue-poster").verify("venue 7", signature)).isTrue();
        assertThat(keys("another").forPurpose("venue-poster").verify("venue 7", signature)).isFalse();
    }
}
