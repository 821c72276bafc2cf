package vn.greenzone.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the {@code api_token} table; tokens are known only by their hashes. */
@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, long personId, Instant expiresAt) {
        jdbc.sql("insert into api_token (token_hash, person_id, expires_at) values (:hash, :person, :expires)")
                .param("hash", tokenHash).param("person", personId).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    int delete(String tokenHash) {
        return jdbc.sql("delete from api_token where token_hash = :hash").param("hash", tokenHash).update();
    }

    int deleteAllOf(long personId) {
        return jdbc.sql("delete from api_token where person_id = :person").param("person", personId).update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("delete from api_token where expires_at <= :now").param("now", Timestamp.from(now)).update();
    }
}
