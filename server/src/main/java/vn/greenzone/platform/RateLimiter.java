package vn.greenzone.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters kept in PostgreSQL, so every app node behind a load balancer sees the same
 * count for a phone number or a client address. Buckets are stored hashed: a phone number or an
 * address is personal data, and the table needs only to tell them apart.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final ServerSecret secret;
    private final Clock clock;

    public RateLimiter(JdbcClient jdbc, ServerSecret secret, Clock clock) {
        this.jdbc = jdbc;
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * Counts one hit on {@code bucket}; refuses with 429 and {@code problemCode} once more than
     * {@code limit} hits fall in the current window.
     */
    public void acquire(String bucket, int limit, Duration window, String problemCode) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(now - now % windowMillis);
        int hits = jdbc.sql("""
                        insert into rate_limit_hit (bucket, window_start, hits) values (:bucket, :start, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit_hit.hits + 1
                        returning hits""")
                .param("bucket", secret.hash(bucket))
                .param("start", java.sql.Timestamp.from(windowStart))
                .query(Integer.class)
                .single();
        if (hits > limit) {
            Duration retryAfter = Duration.ofMillis(windowStart.toEpochMilli() + windowMillis - now);
            throw ProblemException.tooManyRequests(problemCode, retryAfter);
        }
    }

    /**
     * Refuses with 429 when {@code bucket} already has {@code limit} hits in the current window, without
     * counting one: for budgets that only failures spend, which must stop every attempt once spent.
     */
    public void requireBelow(String bucket, int limit, Duration window, String problemCode) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(now - now % windowMillis);
        int hits = jdbc.sql("select coalesce(max(hits), 0) from rate_limit_hit where bucket = :bucket and window_start = :start")
                .param("bucket", secret.hash(bucket))
                .param("start", java.sql.Timestamp.from(windowStart))
                .query(Integer.class)
                .single();
        if (hits >= limit) {
            throw ProblemException.tooManyRequests(problemCode,
                    Duration.ofMillis(windowStart.toEpochMilli() + windowMillis - now));
        }
    }

    @Scheduled(fixedDelayString = "PT10M")
    void forgetOldWindows() {
        jdbc.sql("delete from rate_limit_hit where window_start < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }
}
