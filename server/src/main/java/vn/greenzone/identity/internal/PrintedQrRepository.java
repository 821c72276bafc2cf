package vn.greenzone.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.identity.PersonalQr;

/** SQL for the {@code printed_qr} table: one row per printed code, until its owner revokes it. */
@Repository
public class PrintedQrRepository {

    private final JdbcClient jdbc;

    PrintedQrRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row; its id goes into the code's seal, so the text is stored once it is sealed. */
    public long insert(long ownerId, Long dependantId, Instant issuedAt) {
        return jdbc.sql("insert into printed_qr (owner_id, dependant_id, issued_at) values (:owner, :dependant, :issued) returning id")
                .param("owner", ownerId).param("dependant", dependantId).param("issued", Timestamp.from(issuedAt))
                .query(Long.class).single();
    }

    public void storeText(long id, String text) {
        jdbc.sql("update printed_qr set text = :text where id = :id").param("text", text).param("id", id).update();
    }

    /** The owner's codes that are still valid, newest first. */
    public List<PersonalQr> validOf(long ownerId) {
        return jdbc.sql("""
                        select id, dependant_id, text, issued_at from printed_qr
                        where owner_id = :owner and revoked_at is null and text is not null order by id desc""")
                .param("owner", ownerId).query(PrintedQrRepository::map).list();
    }

    /** Empty for an unknown id; true for a revoked code. */
    /** Whether each of these printed codes is revoked; ids of no code are left out. */
    public Map<Long, Boolean> revokedAmong(Collection<Long> ids) {
        Map<Long, Boolean> revoked = new HashMap<>();
        jdbc.sql("select id, revoked_at is not null as revoked from printed_qr where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    revoked.put(rs.getLong("id"), rs.getBoolean("revoked"));
                });
        return revoked;
    }

    /** Revokes the owner's code; false when the owner has no such code. */
    public boolean revoke(long id, long ownerId) {
        return jdbc.sql("update printed_qr set revoked_at = coalesce(revoked_at, now()) where id = :id and owner_id = :owner")
                .param("id", id).param("owner", ownerId).update() == 1;
    }

    public void revokeAllOfDependant(long dependantId) {
        jdbc.sql("update printed_qr set revoked_at = now() where dependant_id = :dependant and revoked_at is null")
                .param("dependant", dependantId).update();
    }

    private static PersonalQr map(ResultSet row, int number) throws SQLException {
        return new PersonalQr(row.getString("text"), row.getTimestamp("issued_at").toInstant(), null,
                row.getLong("id"), row.getObject("dependant_id", Long.class));
    }
}
