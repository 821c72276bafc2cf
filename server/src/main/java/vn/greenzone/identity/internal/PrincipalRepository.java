package vn.greenzone.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.identity.Role;

/**
 * Who a request is, with the roles they hold now, in one query: every API call and page view asks,
 * so a token, a person and their grants are read in a single round trip.
 */
@Repository
class PrincipalRepository {

    /** A person as a request sees them. */
    record Principal(long personId, String phone, List<Role> roles) {
    }

    /** The holder of an API token, and until when the token is good. */
    record TokenHolder(Principal principal, Instant expiresAt) {
    }

    private static final String ROLES = "array_remove(array_agg(distinct g.role), null) as roles";
    private static final String SELECT = "select p.id, p.phone, " + ROLES
            + " from person p left join role_grant g on g.person_id = p.id";

    private final JdbcClient jdbc;

    PrincipalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Principal> byPerson(long personId) {
        return jdbc.sql(SELECT + " where p.id = :person group by p.id, p.phone")
                .param("person", personId)
                .query(PrincipalRepository::map)
                .optional();
    }

    Optional<TokenHolder> byTokenHash(String tokenHash, Instant now) {
        return jdbc.sql("select p.id, p.phone, t.expires_at, " + ROLES + """
                         from person p left join role_grant g on g.person_id = p.id
                         join api_token t on t.person_id = p.id
                        where t.token_hash = :hash and t.expires_at > :now
                        group by p.id, p.phone, t.expires_at""")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new TokenHolder(map(rs, row), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private static Principal map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new Principal(rs.getLong("id"), rs.getString("phone"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).toList());
    }
}
