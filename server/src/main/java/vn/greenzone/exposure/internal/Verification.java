package vn.greenzone.exposure.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.ServerSecret;

/**
 * The phone's side of verification: an upload code for a token (no sign-in: the code is the proof), then
 * the token and the HMAC of its keys for a certificate. Code checks are limited per client address and,
 * for wrong codes, nationwide: once the hour's budget of wrong codes is spent, every check waits.
 */
@Service
public class Verification {

    public record Token(String token, String testType, String symptomDate, Instant expiresAt) {
    }

    public record Issued(String certificate, Instant expiresAt) {
    }

    static final String WRONG_CODES = "exposure-wrong-codes";
    private static final Duration HOUR = Duration.ofHours(1);

    private final CodeRepository codes;
    private final Certificates certificates;
    private final RateLimiter limiter;
    private final ServerSecret secret;
    private final ExposureProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Verification(CodeRepository codes, Certificates certificates, RateLimiter limiter, ServerSecret secret,
            ExposureProperties properties, Clock clock) {
        this.codes = codes;
        this.certificates = certificates;
        this.limiter = limiter;
        this.secret = secret;
        this.properties = properties;
        this.clock = clock;
    }

    public Token verifyCode(String code, String clientAddress) {
        limiter.acquire("exposure-code:" + clientAddress, properties.codeChecksPerAddress(), HOUR,
                "exposure.too-many-codes");
        limiter.requireBelow(WRONG_CODES, properties.wrongCodesPerHour(), HOUR, "exposure.too-many-codes");
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty() || typed.length() > 64) {
            throw ProblemException.badRequest("exposure.code-invalid");
        }
        Instant now = clock.instant();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(properties.tokenLifetime());
        CodeRepository.Claim claim = codes.exchange(secret.hash("exposure-code:" + typed), Certificates.sha256(token), now,
                expires).orElse(null);
        if (claim == null) {
            limiter.acquire(WRONG_CODES, Integer.MAX_VALUE, HOUR, "exposure.too-many-codes");
            throw ProblemException.badRequest("exposure.code-invalid");
        }
        return new Token(token, claim.testType(), claim.symptomDate().toString(), expires);
    }

    /** The certificate for the keys whose HMAC the phone gives; the token is used up. */
    public Issued certificate(String token, String keyHmac) {
        if (keyHmac == null || !keyHmac.matches("[A-Za-z0-9+/]{43}=")) {
            throw ProblemException.badRequest("exposure.hmac-invalid");
        }
        Instant now = clock.instant();
        CodeRepository.Claim claim = codes.useToken(Certificates.sha256(token == null ? "" : token), now)
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "exposure.token-invalid"));
        Instant expires = now.plus(properties.certificateLifetime());
        return new Issued(certificates.issue(claim, keyHmac, now, expires), expires);
    }
}
