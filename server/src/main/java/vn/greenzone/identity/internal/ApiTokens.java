package vn.greenzone.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.greenzone.platform.ClusterInvalidations;
import vn.greenzone.platform.GreenzoneProperties;
import vn.greenzone.platform.StableCache;

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
    /** Holders of the tokens in use at once on a busy node; about 300 bytes each. */
    private static final int CACHED_HOLDERS = 50_000;
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private final ApiTokenRepository repository;
    private final PrincipalRepository principals;
    private final GreenzoneProperties properties;
    private final Clock clock;
    private final ClusterInvalidations invalidations;
    private final StableCache<String, PrincipalRepository.TokenHolder> holders;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, PrincipalRepository principals, GreenzoneProperties properties, Clock clock,
            ClusterInvalidations invalidations) {
        this.repository = repository;
        this.principals = principals;
        this.properties = properties;
        this.clock = clock;
        this.invalidations = invalidations;
        this.holders = new StableCache<>(invalidations, CACHED_HOLDERS, CACHE_TTL);
        // the triggers of api_token and role_grant send these (V1_17_1)
        invalidations.subscribe("token", hash -> {
            if ("*".equals(hash)) {
                holders.clear();
            } else {
                holders.evict(hash);
            }
        });
        invalidations.subscribe("person", person -> holders.evictIf(
                holder -> "*".equals(person) || Long.toString(holder.principal().personId()).equals(person)));
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

    /** The token stops working at once on this node, and on every other within a second (its cache is told). */
    public void revoke(String token) {
        String hash = sha256(token);
        repository.delete(hash);
        invalidations.invalidateHere("token", hash);
    }

    void revokeAllOf(long personId) {
        repository.deleteAllOf(personId);
        invalidations.invalidateHere("person", Long.toString(personId));
    }

    /** The holder of the token with the roles they hold now; empty for an unknown or expired token. */
    Optional<PrincipalRepository.Principal> principalFor(String token) {
        return principals.byTokenHash(sha256(token), clock.instant()).map(PrincipalRepository.TokenHolder::principal);
    }

    /**
     * As {@link #principalFor}, from the node's cache when it can: a revoked token, a changed grant reach it
     * within a second through the tables' triggers, an expired token is refused by its own date.
     */
    Optional<PrincipalRepository.Principal> cachedPrincipalFor(String token) {
        Instant now = clock.instant();
        var holder = holders.get(sha256(token), hash -> principals.byTokenHash(hash, now).orElse(null));
        return Optional.ofNullable(holder).filter(h -> h.expiresAt().isAfter(now))
                .map(PrincipalRepository.TokenHolder::principal);
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
