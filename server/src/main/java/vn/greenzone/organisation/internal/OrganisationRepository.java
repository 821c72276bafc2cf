package vn.greenzone.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.organisation.GroupCoverage;
import vn.greenzone.organisation.MemberGroup;
import vn.greenzone.organisation.NewOrganisation;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.organisation.OrganisationKind;

/** The organisation table, and the totals of each one's last count. */
@Repository
public class OrganisationRepository {

    /** A group's totals of an organisation, for the lists of groups below target. */
    public record GroupRow(long organisationId, String name, String unitCode, MemberGroup group, long members,
            long registered) {
    }

    private static final String COLUMNS = "id, name, kind, unit_code, head_person_id, roster_size, registered, declared, "
            + "roster_uploaded_at, counted_at";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewOrganisation organisation, long headPersonId, long registeredBy, Instant at) {
        return jdbc.sql("""
                        insert into organisation (name, kind, unit_code, head_person_id, registered_by, registered_at)
                        values (:name, :kind, :unit, :head, :by, :at) returning id""")
                .param("name", organisation.name()).param("kind", organisation.kind().name())
                .param("unit", organisation.unitCode()).param("head", headPersonId).param("by", registeredBy)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id").param("id", id)
                .query(OrganisationRepository::map).optional();
    }

    /** The row locked until the transaction ends, so two uploads of one roster follow each other. */
    public Optional<Organisation> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id for update").param("id", id)
                .query(OrganisationRepository::map).optional();
    }

    public List<Organisation> headedBy(long personId) {
        return jdbc.sql("select " + COLUMNS + " from organisation where head_person_id = :p order by name, id")
                .param("p", personId).query(OrganisationRepository::map).list();
    }

    public boolean isHead(long personId) {
        return jdbc.sql("select exists (select 1 from organisation where head_person_id = :p)").param("p", personId)
                .query(Boolean.class).single();
    }

    public boolean exists(String name, String unitCode) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:name) and unit_code = :unit)")
                .param("name", name).param("unit", unitCode).query(Boolean.class).single();
    }

    public List<Organisation> inUnits(Collection<String> unitCodes) {
        return jdbc.sql("select " + COLUMNS + " from organisation where unit_code = any(:units) order by name, id")
                .param("units", unitCodes.toArray(String[]::new)).query(OrganisationRepository::map).list();
    }

    /** Those counted longest ago (never counted first), for the periodic count. */
    public List<Long> leastRecentlyCounted(Instant before, int limit) {
        return jdbc.sql("""
                        select id from organisation where roster_size > 0 and (counted_at is null or counted_at < :before)
                        order by counted_at nulls first limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query(Long.class).list();
    }

    /** Takes the totals of the roster as its members now stand, overall and per group. */
    public void storeCount(long id, Instant at) {
        jdbc.sql("""
                        update organisation o set roster_size = c.members, registered = c.registered, declared = c.declared,
                               counted_at = :at
                          from (select count(*) as members, count(person_id) as registered,
                                       count(*) filter (where declared) as declared
                                  from roster_member where organisation_id = :id) c
                         where o.id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from roster_group_count where organisation_id = :id").param("id", id).update();
        jdbc.sql("""
                        insert into roster_group_count (organisation_id, member_group, members, registered, declared)
                        select :id, member_group, count(*), count(person_id), count(*) filter (where declared)
                          from roster_member where organisation_id = :id group by member_group""")
                .param("id", id).update();
    }

    public void rosterUploaded(long id, Instant at) {
        jdbc.sql("update organisation set roster_uploaded_at = :at where id = :id").param("id", id)
                .param("at", Timestamp.from(at)).update();
    }

    /** The groups of the last count, targets left for the caller. */
    public List<GroupCoverage> groups(long id) {
        return jdbc.sql("select member_group, members, registered, declared from roster_group_count "
                        + "where organisation_id = :id")
                .param("id", id)
                .query((rs, n) -> GroupCoverage.of(MemberGroup.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), null))
                .list();
    }

    /** The group totals of every organisation in these units. */
    public List<GroupRow> groupsIn(Collection<String> unitCodes) {
        return jdbc.sql("""
                        select o.id, o.name, o.unit_code, g.member_group, g.members, g.registered
                          from organisation o join roster_group_count g on g.organisation_id = o.id
                         where o.unit_code = any(:units)""")
                .param("units", unitCodes.toArray(String[]::new))
                .query((rs, n) -> new GroupRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        MemberGroup.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    private static Organisation map(ResultSet rs, int n) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("unit_code"), rs.getLong("head_person_id"), rs.getLong("roster_size"),
                rs.getLong("registered"), rs.getLong("declared"), instant(rs.getTimestamp("roster_uploaded_at")),
                instant(rs.getTimestamp("counted_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
