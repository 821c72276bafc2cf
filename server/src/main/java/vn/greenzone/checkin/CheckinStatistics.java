package vn.greenzone.checkin;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/**
 * The numbers reporting needs from check-ins, for officials of a unit: check-ins and active venues per
 * day in each unit directly below it, and the people flagged for unusual bursts.
 */
@Service
public class CheckinStatistics {

    /** Days are the province's days, as reports and cut-offs are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_DAYS = 62;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AccessControl access;
    private final People people;

    CheckinStatistics(JdbcClient jdbc, UnitDirectory units, AccessControl access, People people) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.people = people;
    }

    /** Per day from {@code from} to {@code to} inclusive, per child unit of {@code unitCode}. */
    public List<DailyUnitCount> daily(String unitCode, LocalDate from, LocalDate to) {
        requireOfficial(unitCode);
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.badRequest("checkin.period-invalid", MAX_DAYS);
        }
        Map<String, String> childOf = units.byChild(unitCode);
        Map<String, DailyUnitCount> totals = new TreeMap<>();
        jdbc.sql("""
                        select (checked_in_at at time zone :zone)::date as day, unit_code,
                               count(*) as checkins, count(distinct venue_id) as venues
                          from checkin
                         where unit_code = any(:units) and checked_in_at >= :from and checked_in_at < :to
                         group by 1, 2""")
                .param("zone", ZONE.getId())
                .param("units", childOf.keySet().toArray(String[]::new))
                .param("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, row) -> {
                    LocalDate day = rs.getDate("day").toLocalDate();
                    String child = childOf.get(rs.getString("unit_code"));
                    // A venue lies in one commune, so distinct venues per commune add up per child unit.
                    totals.merge(day + child, new DailyUnitCount(day, child, rs.getLong("checkins"), rs.getLong("venues")),
                            (a, b) -> new DailyUnitCount(day, child, a.checkins() + b.checkins(), a.activeVenues() + b.activeVenues()));
                    return day;
                })
                .list();
        return new ArrayList<>(totals.values());
    }

    /** People flagged at venues within the unit, newest first. */
    public List<CheckinFlag> flags(String unitCode, int limit) {
        requireOfficial(unitCode);
        Set<String> subtree = units.subtree(unitCode);
        record Row(long id, long personId, Timestamp windowStart, int venues, String[] unitCodes, Timestamp detectedAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, person_id, window_start, venues, unit_codes, detected_at from checkin_flag
                         where unit_codes && :units::text[] order by detected_at desc limit :limit""")
                .param("units", subtree.toArray(String[]::new))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getTimestamp("window_start"),
                        rs.getInt("venues"), (String[]) rs.getArray("unit_codes").getArray(), rs.getTimestamp("detected_at")))
                .list();
        Map<Long, Person> persons = people.findAll(rows.stream().map(Row::personId).toList());
        return rows.stream().map(row -> {
            Person person = persons.get(row.personId());
            return new CheckinFlag(row.id(), row.personId(), person == null ? "" : Masking.name(person.fullName()),
                    person == null ? "" : person.phone().masked(), row.windowStart().toInstant(), row.venues(),
                    Arrays.asList(row.unitCodes()), row.detectedAt().toInstant());
        }).toList();
    }

    private void requireOfficial(String unitCode) {
        access.requireAny(unitCode, Role.UNIT_ADMIN, Role.CONTACT_TRACER);
    }
}
