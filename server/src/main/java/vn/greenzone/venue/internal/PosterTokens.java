package vn.greenzone.venue.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import org.springframework.stereotype.Component;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.PublicUrl;
import vn.greenzone.platform.SigningKeys;

/**
 * The text a venue poster encodes: base64url (no padding) of the venue id (8 bytes), the QR version
 * (4 bytes) and an Ed25519 signature of those 12 bytes (64 bytes). Verifying needs no database, so a
 * forged poster costs nothing but the signature check.
 */
@Component
public class PosterTokens {

    /** What a verified poster says: which venue, and which of its posters. */
    public record Claim(long venueId, int qrVersion) {
    }

    private static final int CLAIM_BYTES = 12;
    private static final int SIGNATURE_BYTES = 64;
    /** 76 bytes in base64url without padding. */
    private static final int TOKEN_LENGTH = 102;
    private static final int MAX_INPUT = 1000;
    private static final String PATH_PREFIX = "/c/";

    private final SigningKeys.SigningKey key;
    private final PublicUrl publicUrl;

    PosterTokens(SigningKeys keys, PublicUrl publicUrl) {
        this.key = keys.forPurpose("venue-poster");
        this.publicUrl = publicUrl;
    }

    public String url(long venueId, int qrVersion) {
        return publicUrl.base() + PATH_PREFIX + token(venueId, qrVersion);
    }

    public String token(long venueId, int qrVersion) {
        byte[] claim = claim(venueId, qrVersion);
        byte[] signed = Arrays.copyOf(claim, CLAIM_BYTES + SIGNATURE_BYTES);
        System.arraycopy(key.sign(claim), 0, signed, CLAIM_BYTES, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /**
     * The claim of a scanned poster, full URL or bare token. The host of a URL is not trusted for
     * anything: only the signature is.
     */
    public Claim read(String urlOrToken) {
        byte[] signed = Base64.getUrlDecoder().decode(tokenOf(urlOrToken));
        byte[] claim = Arrays.copyOf(signed, CLAIM_BYTES);
        if (!key.verify(claim, Arrays.copyOfRange(signed, CLAIM_BYTES, signed.length))) {
            throw ProblemException.badRequest("venue.qr-forged");
        }
        ByteBuffer buffer = ByteBuffer.wrap(claim);
        return new Claim(buffer.getLong(), buffer.getInt());
    }

    private static String tokenOf(String urlOrToken) {
        if (urlOrToken == null || urlOrToken.length() > MAX_INPUT) {
            throw malformed();
        }
        String text = urlOrToken.strip();
        if (text.contains("/")) {
            text = pathToken(text);
        }
        if (text.length() != TOKEN_LENGTH || !text.chars().allMatch(PosterTokens::isBase64Url)) {
            throw malformed();
        }
        return text;
    }

    private static String pathToken(String url) {
        try {
            String path = URI.create(url).getRawPath();
            if (path == null || !path.startsWith(PATH_PREFIX)) {
                throw malformed();
            }
            return path.substring(PATH_PREFIX.length());
        } catch (IllegalArgumentException notAUri) {
            throw malformed();
        }
    }

    private static boolean isBase64Url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static byte[] claim(long venueId, int qrVersion) {
        return ByteBuffer.allocate(CLAIM_BYTES).putLong(venueId).putInt(qrVersion).array();
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("venue.qr-malformed");
    }
}
