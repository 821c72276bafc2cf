package vn.greenzone.organisation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.organisation.MemberFilter;
import vn.greenzone.organisation.MemberGroup;

/** Roster members: written with COPY, since a roster of 100,000 must be in within seconds. */
@Repository
public class RosterRepository {

    /** A member as stored, phone in international form. */
    public record StoredMember(long id, int line, String name, String phone, MemberGroup group, Long personId,
            boolean declared) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RosterRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Replaces the organisation's roster with these members, in the caller's transaction: a failure leaves the old
     * roster whole. {@code personIds} and {@code declared} are what the count found for each number.
     */
    public void replace(long organisationId, List<RosterFile.Member> members, Map<String, Long> personIds,
            Set<Long> declared) {
        jdbc.sql("delete from roster_member where organisation_id = :id").param("id", organisationId).update();
        var csv = new StringBuilder(members.size() * 64);
        for (RosterFile.Member member : members) {
            Long person = personIds.get(member.phone());
            csv.append(organisationId).append(',').append(member.line()).append(',');
            quoted(csv, member.name());
            csv.append(',').append(member.phone()).append(',').append(member.group().name()).append(',')
                    .append(person == null ? "" : person.toString()).append(',')
                    .append(person != null && declared.contains(person)).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy roster_member (organisation_id, line, full_name, phone, member_group, person_id, declared)
                    from stdin with (format csv)""", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Copying a roster failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void quoted(StringBuilder csv, String text) {
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    /** Every number on the roster, to count them. */
    public List<String> phones(long organisationId) {
        return jdbc.sql("select phone from roster_member where organisation_id = :id").param("id", organisationId)
                .query(String.class).list();
    }

    /** Sets what a count found, writing only the members whose state changed. */
    public void updateStates(long organisationId, List<String> phones, List<Long> personIds, List<Boolean> declared) {
        jdbc.sql("""
                        update roster_member m set person_id = u.person_id, declared = u.declared
                          from unnest(:phones::text[], :persons::bigint[], :declared::boolean[]) as u(phone, person_id, declared)
                         where m.organisation_id = :id and m.phone = u.phone
                           and (m.person_id is distinct from u.person_id or m.declared <> u.declared)""")
                .param("id", organisationId).param("phones", phones.toArray(String[]::new))
                .param("persons", personIds.toArray(Long[]::new)).param("declared", declared.toArray(Boolean[]::new))
                .update();
    }

    /** A page of the roster, by line. */
    public List<StoredMember> members(long organisationId, MemberFilter filter, int limit, int offset) {
        return jdbc.sql("select id, line, full_name, phone, member_group, person_id, declared from roster_member "
                        + "where organisation_id = :id" + condition(filter) + " order by line limit :limit offset :offset")
                .param("id", organisationId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new StoredMember(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        MemberGroup.valueOf(rs.getString(5)), rs.getObject(6, Long.class), rs.getBoolean(7)))
                .list();
    }

    public long count(long organisationId, MemberFilter filter) {
        return jdbc.sql("select count(*) from roster_member where organisation_id = :id" + condition(filter))
                .param("id", organisationId).query(Long.class).single();
    }

    private static String condition(MemberFilter filter) {
        return switch (filter) {
            case UNREGISTERED -> " and person_id is null";
            case UNDECLARED -> " and not declared";
            case ALL -> "";
        };
    }

    /**
     * Marks these numbers reminded today for the organisation; returns those not reminded today before, by any
     * organisation (one reminder a number a day).
     */
    public List<String> markReminded(Collection<String> phones, LocalDate day, long organisationId, Instant at) {
        return jdbc.sql("""
                        insert into roster_reminder (phone, day, organisation_id, sent_at)
                        select phone, :day, :org, :at from unnest(:phones::text[]) as phone
                        on conflict (phone, day) do nothing returning phone""")
                .param("phones", phones.toArray(String[]::new)).param("day", Date.valueOf(day))
                .param("org", organisationId).param("at", Timestamp.from(at)).query(String.class).list();
    }
}
