package vn.greenzone.exposure.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of upload codes, the tokens they are exchanged for, and used certificates. */
@Repository
public class CodeRepository {

    /** What a code vouches for: the kind of test and the day the case became infectious. */
    public record Claim(long codeId, String testType, LocalDate symptomDate, boolean symptomatic) {
    }

    private final JdbcClient jdbc;

    CodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the code; false when the same code is stored already (drawn again by chance), nothing written. */
    public boolean insert(Long caseId, String codeHash, String linkHash, String testType, LocalDate symptomDate,
            boolean symptomatic, long issuedBy, Instant expiresAt) {
        return jdbc.sql("""
                        insert into exposure_code (case_id, code_hash, link_hash, test_type, symptom_date, symptomatic,
                                issued_by, expires_at)
                        values (:case, :code, :link, :type, :date, :symptomatic, :by, :expires)
                        on conflict do nothing""")
                .param("case", caseId).param("code", codeHash).param("link", linkHash).param("type", testType)
                .param("date", symptomDate).param("symptomatic", symptomatic).param("by", issuedBy)
                .param("expires", Timestamp.from(expiresAt))
                .update() == 1;
    }

    /**
     * Uses the code (short or link) if it is unused and unexpired, and stores the token it is exchanged
     * for: one statement, so a code is used once and never without its token.
     */
    public Optional<Claim> exchange(String hash, String tokenHash, Instant now, Instant tokenExpires) {
        return jdbc.sql("""
                        with used as (
                            update exposure_code set used_at = :now
                             where (code_hash = :hash or link_hash = :hash) and used_at is null and expires_at > :now
                            returning id, test_type, symptom_date, symptomatic),
                        token as (
                            insert into exposure_token (token_hash, code_id, expires_at)
                            select :token, id, :expires from used)
                        select id, test_type, symptom_date, symptomatic from used""")
                .param("hash", hash).param("now", Timestamp.from(now))
                .param("token", tokenHash).param("expires", Timestamp.from(tokenExpires))
                .query((rs, row) -> new Claim(rs.getLong("id"), rs.getString("test_type"),
                        rs.getDate("symptom_date").toLocalDate(), rs.getBoolean("symptomatic")))
                .optional();
    }

    /** Uses the token once, returning what its code vouched for. */
    public Optional<Claim> useToken(String tokenHash, Instant now) {
        return jdbc.sql("""
                        with used as (
                            update exposure_token set used_at = :now
                             where token_hash = :token and used_at is null and expires_at > :now
                            returning code_id)
                        select c.id, c.test_type, c.symptom_date, c.symptomatic from exposure_code c join used on used.code_id = c.id""")
                .param("token", tokenHash).param("now", Timestamp.from(now))
                .query((rs, row) -> new Claim(rs.getLong("id"), rs.getString("test_type"),
                        rs.getDate("symptom_date").toLocalDate(), rs.getBoolean("symptomatic")))
                .optional();
    }

    /** Marks a certificate used; false when it was used before. */
    public boolean useCertificate(String certificateId) {
        return jdbc.sql("insert into exposure_certificate_use (certificate_id) values (:id) on conflict do nothing")
                .param("id", certificateId).update() == 1;
    }

    /** Forgets codes and tokens long expired, and certificate ids past any certificate's life. */
    public int forgetBefore(Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        int tokens = jdbc.sql("delete from exposure_token where expires_at < :at").param("at", at).update();
        int codes = jdbc.sql("""
                        delete from exposure_code c where c.expires_at < :at
                           and not exists (select 1 from exposure_token t where t.code_id = c.id)""")
                .param("at", at).update();
        jdbc.sql("delete from exposure_certificate_use where used_at < :at").param("at", at).update();
        return tokens + codes;
    }
}
