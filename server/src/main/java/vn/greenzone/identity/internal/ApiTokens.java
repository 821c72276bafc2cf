package vn.greenzone.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * Bearer tokens for phone apps and other API clients: 256 random bits, so a plain SHA-256 is enough
 * to keep them useless to someone who reads the database.
 */
@Service
public class ApiTokens {

    /** A token as handed to the client, once. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static final String BEARER = "Bearer ";

    private final ApiTokenRepository repository;
    private final PrincipalRepository principals;
    private final GreenzoneProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, PrincipalRepository principals, GreenzoneProperties properties, Clock clock) {
        this.repository = repository;
        this.principals = principals;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedToken issue(long personId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(properties.signIn().tokenTtl());
        repository.insert(sha256(token), personId, expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    /** The token of an {@code Authorization: Bearer <token>} header; empty for any other header or none. */
    public static Optional<String> fromHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim());
    }

    /** The token stops working at once, on every node: it is looked up on every request. */
    public void revoke(String token) {
        repository.delete(sha256(token));
    }

    void revokeAllOf(long personId) {
        repository.deleteAllOf(personId);
    }

    /** The holder of the token with the roles they hold now; empty for an unknown or expired token. */
    Optional<PrincipalRepository.Principal> principalFor(String token) {
        return principals.byTokenHash(sha256(token), clock.instant());
    }

    @Scheduled(fixedDelayString = "PT1H")
    void forgetExpired() {
        repository.deleteExpired(clock.instant());
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
