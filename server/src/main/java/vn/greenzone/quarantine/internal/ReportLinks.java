package vn.greenzone.quarantine.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.ServerSecret;

/**
 * The personal links that open the daily report without signing in: 128 random bits, stored only as an
 * HMAC under the server secret, valid while the quarantine is active. Wrong links are counted per client
 * address, so nobody can try tokens at speed.
 */
@Component
public class ReportLinks {

    /** A link is a secret, and ones that match nothing are refused this many times per address and window. */
    static final int WRONG_LINKS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    /** A token to text, and the hash to store. */
    public record Issued(String token, String hash) {
    }

    private final QuarantineRepository quarantines;
    private final ServerSecret secret;
    private final RateLimiter rateLimiter;
    private final SecureRandom random = new SecureRandom();

    ReportLinks(QuarantineRepository quarantines, ServerSecret secret, RateLimiter rateLimiter) {
        this.quarantines = quarantines;
        this.secret = secret;
        this.rateLimiter = rateLimiter;
    }

    public Issued issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hash(token));
    }

    /**
     * The quarantine the link opens. Refuses 404 {@code quarantine.link-invalid} for a link that matches
     * nothing (mistyped, forged, replaced by a newer one, or purged), 410 {@code quarantine.link-ended} once
     * the quarantine is over, 429 after too many wrong links from one address.
     */
    public StoredQuarantine open(String token, String clientAddress) {
        String bucket = "quarantine-link:" + clientAddress;
        rateLimiter.requireBelow(bucket, WRONG_LINKS, WINDOW, "quarantine.link-too-many");
        var found = token == null || !TOKEN.matcher(token).matches() ? java.util.Optional.<StoredQuarantine>empty()
                : quarantines.findByLink(hash(token));
        if (found.isEmpty()) {
            rateLimiter.acquire(bucket, Integer.MAX_VALUE, WINDOW, "quarantine.link-too-many");
            throw ProblemException.notFound("quarantine.link-invalid");
        }
        if (!found.get().active()) {
            throw new ProblemException(HttpStatus.GONE, "quarantine.link-ended");
        }
        return found.get();
    }

    private String hash(String token) {
        return secret.hash("quarantine-link:" + token);
    }
}
