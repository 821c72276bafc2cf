package vn.greenzone.hotline.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.ServerSecret;

/**
 * The caller's tracking code: eight characters read over the phone without confusion (no 0/O, 1/I/L), about
 * 40 bits, stored only as an HMAC under the server secret. Look-ups are counted per client address, and the
 * ones that match nothing have a smaller budget, so nobody can walk through codes.
 */
@Component
public class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** A code to text, and the hash to store. */
    public record Issued(String code, String hash) {
    }

    private final ItemRepository items;
    private final ServerSecret secret;
    private final RateLimiter rateLimiter;
    private final HotlineProperties properties;
    private final SecureRandom random = new SecureRandom();

    TrackingCodes(ItemRepository items, ServerSecret secret, RateLimiter rateLimiter, HotlineProperties properties) {
        this.items = items;
        this.secret = secret;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    public Issued issue() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Issued(code.toString(), hash(code.toString()));
    }

    /**
     * The item the code belongs to. 429 {@code hotline.track-too-many} past the address's budget, 404
     * {@code hotline.track-unknown} for a code that matches nothing (mistyped or made up).
     */
    public StoredItem open(String typed, String clientAddress) {
        String bucket = "hotline-track:" + clientAddress;
        rateLimiter.requireBelow(bucket + ":wrong", properties.wrongCodes(), WINDOW, "hotline.track-too-many");
        rateLimiter.acquire(bucket, properties.lookups(), WINDOW, "hotline.track-too-many");
        String code = normalise(typed);
        var found = CODE.matcher(code).matches() ? items.findByTracking(hash(code)) : java.util.Optional.<StoredItem>empty();
        if (found.isEmpty()) {
            rateLimiter.acquire(bucket + ":wrong", Integer.MAX_VALUE, WINDOW, "hotline.track-too-many");
            throw ProblemException.notFound("hotline.track-unknown");
        }
        return found.get();
    }

    /** People type codes in lower case, with spaces or a dash in the middle. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private String hash(String code) {
        return secret.hash("hotline-track:" + code);
    }
}
