package vn.greenzone.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the {@code sign_in_code} table: one pending code and one failure count per number. */
@Repository
class SignInCodeRepository {

    record PendingCode(String codeHash, Instant expiresAt, int failures, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;

    SignInCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PendingCode> find(String phone) {
        return jdbc.sql("select code_hash, expires_at, failures, locked_until from sign_in_code where phone = :phone")
                .param("phone", phone)
                .query((row, n) -> new PendingCode(row.getString("code_hash"), instant(row.getTimestamp("expires_at")),
                        row.getInt("failures"), instant(row.getTimestamp("locked_until"))))
                .optional();
    }

    /** A fresh code replaces the previous one; failures are kept until the code is used or the lock ends. */
    void store(String phone, String codeHash, Instant expiresAt, boolean resetFailures) {
        jdbc.sql("""
                        insert into sign_in_code (phone, code_hash, expires_at) values (:phone, :hash, :expires)
                        on conflict (phone) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at,
                            failures = case when :reset then 0 else sign_in_code.failures end,
                            locked_until = case when :reset then null else sign_in_code.locked_until end""")
                .param("phone", phone).param("hash", codeHash).param("expires", Timestamp.from(expiresAt))
                .param("reset", resetFailures)
                .update();
    }

    /**
     * Counts a wrong code atomically, so parallel guesses cannot exceed the limit; at the limit the number
     * is locked and the code withdrawn. Returns the failures counted so far.
     */
    int recordFailure(String phone, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                        update sign_in_code set failures = failures + 1,
                            locked_until = case when failures + 1 >= :max then :lock else locked_until end,
                            code_hash = case when failures + 1 >= :max then null else code_hash end
                        where phone = :phone returning failures""")
                .param("phone", phone).param("max", maxFailures).param("lock", Timestamp.from(lockUntil))
                .query(Integer.class).single();
    }

    /** Consumes the code only if it is still the one that was checked, so it works exactly once. */
    boolean consume(String phone, String codeHash) {
        return jdbc.sql("delete from sign_in_code where phone = :phone and code_hash = :hash")
                .param("phone", phone).param("hash", codeHash).update() == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
