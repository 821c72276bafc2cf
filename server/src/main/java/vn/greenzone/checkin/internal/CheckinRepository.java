package vn.greenzone.checkin.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.checkin.VisitMethod;

/**
 * SQL of the check-in table. A check-in is one statement: find a scan of the same visitor at the same
 * venue within the collapse window, otherwise close their open visit elsewhere and insert the new one,
 * and notify the venue's live lists; all of it commits before the API answers.
 */
@Repository
public class CheckinRepository {

    /** Channel of PostgreSQL notifications; payload {@code venueId:visitId:arrivalMicros} or {@code venueId:*}. */
    public static final String CHANNEL = "gz_checkin";

    /** Arrival in microseconds: exact for timestamptz, so the listener finds the row in one partition. */
    private static final String MICROS = "(extract(epoch from checked_in_at) * 1000000)::bigint";
    private static final String NOTICE = "venue_id || ':' || id || ':' || " + MICROS;

    /** A visit is never longer than this; bounds the partitions a visitor's open visit is looked for in. */
    static final Duration LONGEST_STAY = Duration.ofDays(2);

    private static final String COLUMNS = """
            id, venue_id, checked_in_at, checked_out_at, checkout_inferred, method, person_id, dependant_id,
            visitor_name, visitor_phone, visitor_id_number, visitor_birth""";

    private final JdbcClient jdbc;
    private final LiveNotices notices;
    private final CheckinProperties properties;

    CheckinRepository(JdbcClient jdbc, LiveNotices notices, CheckinProperties properties) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.properties = properties;
    }

    /** Same visitor, as a condition on the table aliased {@code c}. */
    private static String sameVisitor(Visitor visitor) {
        if (visitor.personId() != null) {
            return "c.person_id = :person";
        }
        if (visitor.dependantId() != null) {
            return "c.dependant_id = :dependant";
        }
        return """
                c.person_id is null and c.dependant_id is null and c.visitor_name is not distinct from :name
                and c.visitor_phone is not distinct from :phone and c.visitor_id_number is not distinct from :idNumber""";
    }

    public RecordedVisit record(NewVisit visit) {
        Visitor visitor = visit.visitor();
        String same = sameVisitor(visitor);
        // Only registered visitors can be followed from venue to venue; closing "their" visit elsewhere
        // by a typed name would close a stranger's.
        // A visit whose assumed stay ran out before this arrival (the overstay job had not closed it yet)
        // ended at its expected end, as the job would have said, not at this later check-in.
        String closeElsewhere = visitor.registered() ? """
                update checkin c set checked_out_at = least(:at, c.expected_end),
                       closed_by_next = :at <= c.expected_end, checkout_inferred = :at > c.expected_end
                 where %s and %s and c.venue_id <> :venue
                   and c.checked_in_at > :openSince and c.checked_in_at <= :at
                   and not exists (select 1 from recent)
                returning c.id, c.venue_id, c.checked_in_at""".formatted(same, STILL_OPEN)
                : "select id, venue_id, checked_in_at from checkin where false";
        // A person at more venues within the hour than plausible is flagged as the visit is recorded:
        // one short range scan of their own last hour, instead of a job scanning everybody's.
        String flagBurst = visitor.personId() == null ? "" : """
                ,
                hour as (
                    select c.venue_id, c.unit_code from checkin c
                     where c.person_id = :person and c.checked_in_at > :hourAgo and c.checked_in_at <= :at
                    union select :venue, :unit),
                flagged as (
                    insert into checkin_flag (person_id, window_start, venues, unit_codes)
                    select :person, date_trunc('hour', :at::timestamptz), count(distinct venue_id), array_agg(distinct unit_code)
                      from hour where exists (select 1 from inserted)
                    having count(distinct venue_id) > :burstLimit
                    on conflict (person_id, window_start) do update
                       set venues = greatest(checkin_flag.venues, excluded.venues), unit_codes = excluded.unit_codes,
                           detected_at = now()
                    returning id)""";
        return jdbc.sql("""
                        with recent as (
                            select c.id, c.checked_in_at from checkin c
                             where c.venue_id = :venue and %s
                               and c.checked_in_at > :collapseSince and c.checked_in_at <= :at
                             order by c.checked_in_at desc limit 1),
                        closed as (%s),
                        inserted as (
                            insert into checkin (venue_id, unit_code, checked_in_at, expected_end, method, person_id,
                                    dependant_id, visitor_name, visitor_phone, visitor_id_number, visitor_birth,
                                    foreign_code, recorded_by)
                            select :venue, :unit, :at, :expectedEnd, :method, :person, :dependant, :name, :phone,
                                   :idNumber, :birth, :foreignCode, :recordedBy
                             where not exists (select 1 from recent)
                            returning id, checked_in_at),
                        notices as (
                            select %s as notice from closed
                            union all
                            select :venue || ':' || id || ':' || %s from inserted)%s
                        select coalesce((select id from inserted), (select id from recent)) as id,
                               coalesce((select checked_in_at from inserted), (select checked_in_at from recent)) as at,
                               exists (select 1 from inserted) as created,
                               array(select notice from notices) as notices""".formatted(same, closeElsewhere, NOTICE, MICROS, flagBurst))
                .param("venue", visit.venue().id())
                .param("unit", visit.venue().unitCode())
                .param("at", Timestamp.from(visit.at()))
                .param("expectedEnd", Timestamp.from(visit.at().plus(visit.venue().defaultStay())))
                .param("collapseSince", Timestamp.from(visit.at().minus(properties.collapseWindow())))
                .param("hourAgo", Timestamp.from(visit.at().minus(Duration.ofHours(1))))
                .param("burstLimit", properties.burstVenuesPerHour())
                .param("openSince", Timestamp.from(visit.at().minus(LONGEST_STAY)))
                .param("method", visit.method().name())
                .param("person", visitor.personId())
                .param("dependant", visitor.dependantId())
                .param("name", visitor.name())
                .param("phone", visitor.phone())
                .param("idNumber", visitor.idNumber())
                .param("birth", visitor.birthDate())
                .param("foreignCode", visitor.foreignCode())
                .param("recordedBy", visit.recordedBy())
                .query((rs, row) -> {
                    notices.publish(notices(rs));
                    return new RecordedVisit(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getBoolean("created"));
                })
                .single();
    }

    /**
     * A batch's repeats and visits to close, for persons and for dependants in separate branches, so that each
     * reads its own index: {@code %1$s} the column of the table, {@code %2$s} that of the batch.
     */
    private static final String REPEAT_OF = """

                            select s.i, r.id, r.checked_in_at from scan s cross join lateral (
                                select c.id, c.checked_in_at from checkin c
                                 where c.%1$s = s.%2$s and c.venue_id = s.venue
                                   and c.checked_in_at > s.arrival - :collapse::interval
                                   and c.checked_in_at < s.arrival + :collapse::interval
                                   and c.checked_in_at > :oldestRepeat and c.checked_in_at < :latestRepeat
                                 order by c.checked_in_at desc limit 1) r
                             where s.%2$s is not null""";
    /**
     * A visitor's open visit, as the queries that close it test it. Written so that it does not match the predicate
     * of {@code checkin_open} (the open visits by expected end, for the overstay job): given a day partition whose
     * statistics are still those of its first minutes, PostgreSQL took that index for "this visitor's open visits" and
     * read every open visit of the day for each arriving visitor (30 of 31 ms of a batch of 31, a fifth of the
     * throughput, in the load benchmark); the visitor's own index is always the right one.
     */
    private static final String STILL_OPEN = "coalesce(c.checked_out_at, 'infinity') = 'infinity'";
    private static final String CLOSE_ELSEWHERE = """

                            update checkin c set checked_out_at = least(s.arrival, c.expected_end),
                                   closed_by_next = s.arrival <= c.expected_end, checkout_inferred = s.arrival > c.expected_end
                              from arriving s
                             where c.%1$s = s.%2$s and %3$s and c.venue_id <> s.venue
                               and c.checked_in_at > s.arrival - :longestStay::interval and c.checked_in_at <= s.arrival
                               and c.checked_in_at > :oldestOpen and c.checked_in_at <= :latest
                            returning c.id, c.venue_id, c.checked_in_at""";

    /**
     * Records registered visitors' self check-ins in one statement, with the meaning {@link #record} gives each:
     * a scan repeating the visitor's visit at the venue within the collapse window is folded into it (on either
     * side: of two requests racing, the one stamped a millisecond earlier may be written second), otherwise
     * their open visit elsewhere is closed and a new one inserted, and a burst of venues is flagged. Each
     * visitor appears at most once (see SelfScanBatch); answers come in the order of {@code visits}.
     */
    public List<RecordedVisit> recordSelfScans(List<NewVisit> visits) {
        int n = visits.size();
        Long[] venues = new Long[n];
        String[] units = new String[n];
        String[] arrivals = new String[n];
        String[] ends = new String[n];
        Long[] persons = new Long[n];
        Long[] dependants = new Long[n];
        Instant earliest = visits.getFirst().at();
        Instant latest = earliest;
        for (int i = 0; i < n; i++) {
            NewVisit visit = visits.get(i);
            if (!visit.visitor().registered() || visit.method() != VisitMethod.SELF) {
                throw new IllegalArgumentException("Only registered visitors check in by themselves");
            }
            venues[i] = visit.venue().id();
            units[i] = visit.venue().unitCode();
            arrivals[i] = visit.at().toString();
            ends[i] = visit.at().plus(visit.venue().defaultStay()).toString();
            persons[i] = visit.visitor().personId();
            dependants[i] = visit.visitor().dependantId();
            earliest = visit.at().isBefore(earliest) ? visit.at() : earliest;
            latest = visit.at().isAfter(latest) ? visit.at() : latest;
        }
        List<String> notices = new ArrayList<>();
        List<RecordedVisit> answers = jdbc.sql("""
                        with scan as (
                            select * from unnest(:venues::bigint[], :units::text[], :arrivals::timestamptz[],
                                   :ends::timestamptz[], :persons::bigint[], :dependants::bigint[])
                                   with ordinality as s(venue, unit, arrival, expected_end, person, dependant, i)),
                        recent as (%2$s
                            union all
                            %3$s),
                        arriving as (
                            select * from scan s where not exists (select 1 from recent r where r.i = s.i)),
                        closed_person as (%4$s),
                        closed_dependant as (%5$s),
                        inserted as (
                            insert into checkin (venue_id, unit_code, checked_in_at, expected_end, method, person_id,
                                    dependant_id)
                            select s.venue, s.unit, s.arrival, s.expected_end, 'SELF', s.person, s.dependant from arriving s
                            returning id, venue_id, checked_in_at, person_id, dependant_id),
                        hour as (
                            select s.person, s.arrival, c.venue_id, c.unit_code from arriving s
                              join checkin c on c.person_id = s.person
                               and c.checked_in_at > s.arrival - interval '1 hour' and c.checked_in_at <= s.arrival
                               and c.checked_in_at > :oldestHour and c.checked_in_at <= :latest
                            union select s.person, s.arrival, s.venue, s.unit from arriving s where s.person is not null),
                        flagged as (
                            insert into checkin_flag (person_id, window_start, venues, unit_codes)
                            select person, date_trunc('hour', arrival), count(distinct venue_id), array_agg(distinct unit_code)
                              from hour group by person, arrival
                            having count(distinct venue_id) > :burstLimit
                            on conflict (person_id, window_start) do update
                               set venues = greatest(checkin_flag.venues, excluded.venues), unit_codes = excluded.unit_codes,
                                   detected_at = now()
                            returning id),
                        notices as (
                            select %1$s as notice from closed_person
                            union all select %1$s from closed_dependant
                            union all select %1$s from inserted)
                        select coalesce(ins.id, r.id) as id, coalesce(ins.checked_in_at, r.checked_in_at) as at,
                               ins.id is not null as created,
                               case when s.i = 1 then array(select notice from notices) end as notices
                          from scan s
                          left join recent r on r.i = s.i
                          left join inserted ins on ins.person_id is not distinct from s.person
                                                and ins.dependant_id is not distinct from s.dependant
                         order by s.i""".formatted(NOTICE, REPEAT_OF.formatted("person_id", "person"),
                        REPEAT_OF.formatted("dependant_id", "dependant"), CLOSE_ELSEWHERE.formatted("person_id", "person", STILL_OPEN),
                        CLOSE_ELSEWHERE.formatted("dependant_id", "dependant", STILL_OPEN)))
                .param("venues", venues)
                .param("units", units)
                .param("arrivals", arrivals)
                .param("ends", ends)
                .param("persons", persons)
                .param("dependants", dependants)
                .param("collapse", properties.collapseWindow().toSeconds() + " seconds")
                .param("longestStay", LONGEST_STAY.toSeconds() + " seconds")
                // constant bounds as well, so PostgreSQL reads only the day partitions they span
                .param("oldestRepeat", Timestamp.from(earliest.minus(properties.collapseWindow())))
                .param("oldestOpen", Timestamp.from(earliest.minus(LONGEST_STAY)))
                .param("oldestHour", Timestamp.from(earliest.minus(Duration.ofHours(1))))
                .param("latest", Timestamp.from(latest))
                .param("latestRepeat", Timestamp.from(latest.plus(properties.collapseWindow())))
                .param("burstLimit", properties.burstVenuesPerHour())
                .query((rs, row) -> {
                    if (rs.getArray("notices") != null) {
                        notices.addAll(notices(rs));
                    }
                    return new RecordedVisit(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getBoolean("created"));
                })
                .list();
        this.notices.publish(notices);
        return answers;
    }

    /**
     * Closes an open visit of one of {@code personIds} / {@code dependantIds}; empty when there is no such
     * visit of theirs. A visit already closed is returned as it is.
     */
    public Optional<StoredVisit> checkOut(long visitId, long personId, Collection<Long> dependantIds, Instant at) {
        return jdbc.sql("""
                        with mine as (
                            select c.id, c.checked_in_at from checkin c
                             where c.id = :id and c.checked_in_at > :since
                               and (c.person_id = :person or c.dependant_id = any(:dependants))),
                        closed as (
                            update checkin c set checked_out_at = greatest(:at, c.checked_in_at)
                              from mine where c.id = mine.id and c.checked_in_at = mine.checked_in_at
                               and c.checked_out_at is null
                            returning c.id, c.venue_id, c.checked_in_at)
                        select array(select %s from closed) as notices, mine.id from mine""".formatted(NOTICE))
                .param("id", visitId)
                .param("since", Timestamp.from(at.minus(LONGEST_STAY)))
                .param("person", personId)
                .param("dependants", dependantIds.toArray(Long[]::new))
                .param("at", Timestamp.from(at))
                .query((rs, row) -> {
                    notices.publish(notices(rs));
                    return rs.getLong("id");
                })
                .optional()
                .flatMap(id -> find(id, at.minus(LONGEST_STAY)));
    }

    public Optional<StoredVisit> find(long id, Instant arrivedAfter) {
        return jdbc.sql("select " + COLUMNS + " from checkin where id = :id and checked_in_at > :after")
                .param("id", id)
                .param("after", Timestamp.from(arrivedAfter))
                .query(CheckinRepository::visit)
                .optional();
    }

    /** A visit known by its notification: the arrival time lets PostgreSQL read one partition. */
    public Optional<StoredVisit> find(long id, Instant checkedInAt, long venueId) {
        return jdbc.sql("select " + COLUMNS + " from checkin where id = :id and checked_in_at = :at and venue_id = :venue")
                .param("id", id)
                .param("at", Timestamp.from(checkedInAt))
                .param("venue", venueId)
                .query(CheckinRepository::visit)
                .optional();
    }

    /** The venue's most recent visits, newest first. */
    public List<StoredVisit> recentAt(long venueId, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from checkin where venue_id = :venue and checked_in_at > :since
                         order by checked_in_at desc, id desc limit :limit""")
                .param("venue", venueId)
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query(CheckinRepository::visit)
                .list();
    }

    /** The latest visits of a person and their dependants, newest first. */
    public List<StoredVisit> recentOf(long personId, Collection<Long> dependantIds, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from checkin where (person_id = :person or dependant_id = any(:dependants))
                          and checked_in_at > :since order by checked_in_at desc limit :limit""")
                .param("person", personId)
                .param("dependants", dependantIds.toArray(Long[]::new))
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query(CheckinRepository::visit)
                .list();
    }

    /**
     * Closes up to {@code limit} visits whose default stay has passed, marking the departure as inferred;
     * returns how many. Rows a check-in holds are skipped, not waited for (they are taken next
     * time), so the job never deadlocks with a visitor closing the same visit.
     */
    public int closeOverstays(Instant now, int limit) {
        List<String> closed = jdbc.sql("""
                        with due as (
                            select id, checked_in_at from checkin
                             where checked_out_at is null and expected_end <= :now and checked_in_at > :since
                             order by expected_end limit :limit
                               for update skip locked),
                        closed as (
                            update checkin c set checked_out_at = c.expected_end, checkout_inferred = true
                              from due where c.id = due.id and c.checked_in_at = due.checked_in_at
                            returning c.id, c.venue_id, c.checked_in_at)
                        select %s from closed""".formatted(NOTICE))
                .param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(LONGEST_STAY.multipliedBy(2))))
                .param("limit", limit)
                .query(String.class)
                .list();
        notices.publish(closed);
        return closed.size();
    }

    private static List<String> notices(java.sql.ResultSet rs) throws java.sql.SQLException {
        return List.of((String[]) rs.getArray("notices").getArray());
    }

    static StoredVisit visit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp out = rs.getTimestamp("checked_out_at");
        java.sql.Date birth = rs.getDate("visitor_birth");
        return new StoredVisit(rs.getLong("id"), rs.getLong("venue_id"), rs.getTimestamp("checked_in_at").toInstant(),
                out == null ? null : out.toInstant(), rs.getBoolean("checkout_inferred"),
                VisitMethod.valueOf(rs.getString("method")), rs.getObject("person_id", Long.class),
                rs.getObject("dependant_id", Long.class), rs.getString("visitor_name"), rs.getString("visitor_phone"),
                rs.getString("visitor_id_number"), birth == null ? null : birth.toLocalDate());
    }
}
