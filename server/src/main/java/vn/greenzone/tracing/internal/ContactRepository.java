package vn.greenzone.tracing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of contacts, the paths that reached them and their follow-up events. */
@Repository
public class ContactRepository {

    private static final String COLUMNS = """
            k.id, k.case_id, k.contact_key, k.person_id, k.dependant_id, k.full_name, k.phone, k.id_number, k.generation,
            k.kind, k.relation, k.decision, k.status, k.officer_id, k.exposure_start, k.notified_at, k.created_at""";

    /** A contact found by overlap, before it has an id. */
    public record Derived(Subject subject, int generation, Instant exposureStart) {
    }

    /** One event of a contact's history. */
    public record Event(Instant at, Long by, String kind, String oldValue, String newValue) {
    }

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the contacts not yet stored and refreshes the generation and exposure of those that are;
     * decisions and follow-up stay as the tracers left them. Returns key → id.
     */
    public Map<String, Long> upsertDerived(long caseId, Collection<Derived> contacts) {
        int n = contacts.size();
        String[] keys = new String[n];
        Long[] persons = new Long[n];
        Long[] dependants = new Long[n];
        String[] names = new String[n];
        String[] phones = new String[n];
        String[] idNumbers = new String[n];
        Integer[] generations = new Integer[n];
        String[] exposures = new String[n];
        int i = 0;
        for (Derived contact : contacts) {
            keys[i] = contact.subject().key();
            persons[i] = contact.subject().personId();
            dependants[i] = contact.subject().dependantId();
            names[i] = contact.subject().fullName();
            phones[i] = contact.subject().phone();
            idNumbers[i] = contact.subject().idNumber();
            generations[i] = contact.generation();
            exposures[i] = contact.exposureStart().toString();
            i++;
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                        insert into trace_contact (case_id, contact_key, person_id, dependant_id, full_name, phone, id_number,
                                generation, kind, exposure_start)
                        select :case, k, p, d, nm, ph, idn, g, 'VISIT', e
                          from unnest(:keys::text[], :persons::bigint[], :dependants::bigint[], :names::text[],
                                      :phones::text[], :idNumbers::text[], :generations::int[], :exposures::timestamptz[])
                               as u(k, p, d, nm, ph, idn, g, e)
                        on conflict (case_id, contact_key) do update
                           set generation = case when trace_contact.kind = 'MANUAL'
                                                 then least(trace_contact.generation, excluded.generation)
                                                 else excluded.generation end,
                               exposure_start = case when trace_contact.kind = 'MANUAL' then trace_contact.exposure_start
                                                     else excluded.exposure_start end
                        returning id, contact_key""")
                .param("case", caseId)
                .param("keys", keys)
                .param("persons", persons)
                .param("dependants", dependants)
                .param("names", names)
                .param("phones", phones)
                .param("idNumbers", idNumbers)
                .param("generations", generations)
                .param("exposures", exposures)
                .query((rs, row) -> ids.put(rs.getString("contact_key"), rs.getLong("id")))
                .list();
        return ids;
    }

    /** Every path of the case's contacts. */
    public List<ContactPath> pathsOfCase(long caseId) {
        return jdbc.sql("select p.* from trace_path p join trace_contact k on k.id = p.contact_id where k.case_id = :case")
                .param("case", caseId).query(ContactRepository::path).list();
    }

    /** Deletes these paths (by contact, source visit and visit). */
    public void deletePaths(List<ContactPath> paths) {
        if (paths.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        delete from trace_path p
                         using unnest(:contacts::bigint[], :sources::bigint[], :visits::bigint[]) as g(c, s, v)
                         where p.contact_id = g.c and p.source_visit_id = g.s and p.visit_id = g.v""")
                .param("contacts", paths.stream().map(ContactPath::contactId).toArray(Long[]::new))
                .param("sources", paths.stream().map(ContactPath::sourceVisitId).toArray(Long[]::new))
                .param("visits", paths.stream().map(ContactPath::visitId).toArray(Long[]::new))
                .update();
    }

    /** Inserts these paths; one already there (the same pair of visits) is left as it is. */
    public void insertPaths(List<ContactPath> paths) {
        if (paths.isEmpty()) {
            return;
        }
        int n = paths.size();
        Long[] contacts = new Long[n];
        Long[] from = new Long[n];
        Long[] venues = new Long[n];
        Long[] sourceVisits = new Long[n];
        Long[] visits = new Long[n];
        String[] sourceStarts = new String[n];
        String[] sourceEnds = new String[n];
        String[] sourceKnown = new String[n];
        String[] arrivals = new String[n];
        String[] departures = new String[n];
        String[] known = new String[n];
        Integer[] overlaps = new Integer[n];
        Boolean[] airborne = new Boolean[n];
        String[] confidence = new String[n];
        for (int i = 0; i < n; i++) {
            ContactPath path = paths.get(i);
            contacts[i] = path.contactId();
            from[i] = path.fromContactId();
            venues[i] = path.venueId();
            sourceVisits[i] = path.sourceVisitId();
            visits[i] = path.visitId();
            sourceStarts[i] = path.sourceStart().toString();
            sourceEnds[i] = path.sourceEnd().toString();
            sourceKnown[i] = path.sourceDepartureKnown();
            arrivals[i] = path.arrival().toString();
            departures[i] = path.departure().toString();
            known[i] = path.departureKnown();
            overlaps[i] = path.overlapSeconds();
            airborne[i] = path.airborne();
            confidence[i] = path.confidence().name();
        }
        jdbc.sql("""
                        insert into trace_path (contact_id, from_contact_id, venue_id, source_visit_id, visit_id, source_start,
                                source_end, source_departure_known, arrival, departure, departure_known, overlap_seconds,
                                airborne, confidence)
                        select * from unnest(:contacts::bigint[], :from::bigint[], :venues::bigint[], :sourceVisits::bigint[],
                               :visits::bigint[], :sourceStarts::timestamptz[], :sourceEnds::timestamptz[], :sourceKnown::text[],
                               :arrivals::timestamptz[], :departures::timestamptz[], :known::text[], :overlaps::int[],
                               :airborne::boolean[], :confidence::text[])
                        on conflict (contact_id, source_visit_id, visit_id) do update
                           set from_contact_id = excluded.from_contact_id, venue_id = excluded.venue_id,
                               source_start = excluded.source_start, source_end = excluded.source_end,
                               source_departure_known = excluded.source_departure_known, arrival = excluded.arrival,
                               departure = excluded.departure, departure_known = excluded.departure_known,
                               overlap_seconds = excluded.overlap_seconds, airborne = excluded.airborne,
                               confidence = excluded.confidence""")
                .param("contacts", contacts).param("from", from).param("venues", venues)
                .param("sourceVisits", sourceVisits).param("visits", visits).param("sourceStarts", sourceStarts)
                .param("sourceEnds", sourceEnds).param("sourceKnown", sourceKnown).param("arrivals", arrivals)
                .param("departures", departures).param("known", known).param("overlaps", overlaps)
                .param("airborne", airborne).param("confidence", confidence)
                .update();
    }

    /** Drops candidates no path reaches any more (a confirmed contact's F2 after the confirmation was withdrawn). */
    public void dropUnreached(long caseId) {
        jdbc.sql("""
                        delete from trace_contact k
                         where k.case_id = :case and k.kind = 'VISIT' and k.decision = 'CANDIDATE' and k.notified_at is null
                           and not exists (select 1 from trace_path p where p.contact_id = k.id)
                           and not exists (select 1 from trace_contact_event e where e.contact_id = k.id)""")
                .param("case", caseId).update();
    }

    public Contact insertManual(long caseId, Subject subject, Contact.Relation relation, Instant exposureStart, long by) {
        long id = jdbc.sql("""
                        insert into trace_contact (case_id, contact_key, person_id, dependant_id, full_name, phone, id_number,
                                generation, kind, relation, decision, exposure_start)
                        values (:case, :key, :person, :dependant, :name, :phone, :idNumber, 1, 'MANUAL', :relation,
                                'CONFIRMED', :exposure)
                        on conflict (case_id, contact_key) do update
                           set kind = 'MANUAL', relation = excluded.relation, decision = 'CONFIRMED', generation = 1
                        returning id""")
                .param("case", caseId).param("key", subject.key()).param("person", subject.personId())
                .param("dependant", subject.dependantId()).param("name", subject.fullName())
                .param("phone", subject.phone()).param("idNumber", subject.idNumber())
                .param("relation", relation.name()).param("exposure", Timestamp.from(exposureStart))
                .query(Long.class).single();
        event(id, by, "DECISION", null, "CONFIRMED:" + relation.name());
        return find(id).orElseThrow();
    }

    public Optional<Contact> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from trace_contact k where k.id = :id").param("id", id)
                .query(ContactRepository::map).optional();
    }

    public List<Contact> ofCase(long caseId, int maxGeneration) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from trace_contact k where k.case_id = :case and k.generation <= :max
                         order by k.generation, k.decision = 'REJECTED', k.id""")
                .param("case", caseId).param("max", maxGeneration)
                .query(ContactRepository::map).list();
    }

    public List<Contact> ofCases(Collection<Long> caseIds) {
        return jdbc.sql("select " + COLUMNS + " from trace_contact k where k.case_id = any(:cases) order by k.case_id, k.generation, k.id")
                .param("cases", caseIds.toArray(Long[]::new))
                .query(ContactRepository::map).list();
    }

    public List<ContactPath> pathsOf(Collection<Long> contactIds) {
        return jdbc.sql("""
                        select * from trace_path where contact_id = any(:ids) order by contact_id, overlap_seconds desc, arrival""")
                .param("ids", contactIds.toArray(Long[]::new))
                .query(ContactRepository::path)
                .list();
    }

    /** How many of these contacts belong to the case. */
    public int countOfCase(long caseId, Collection<Long> contactIds) {
        return jdbc.sql("select count(*) from trace_contact where case_id = :case and id = any(:ids)")
                .param("case", caseId).param("ids", contactIds.stream().distinct().toArray(Long[]::new))
                .query(Integer.class).single();
    }

    private static ContactPath path(ResultSet rs, int row) throws SQLException {
        return new ContactPath(rs.getLong("contact_id"), rs.getObject("from_contact_id", Long.class),
                rs.getLong("venue_id"), rs.getLong("source_visit_id"), rs.getLong("visit_id"),
                rs.getTimestamp("source_start").toInstant(), rs.getTimestamp("source_end").toInstant(),
                rs.getString("source_departure_known"), rs.getTimestamp("arrival").toInstant(),
                rs.getTimestamp("departure").toInstant(), rs.getString("departure_known"),
                rs.getInt("overlap_seconds"), rs.getBoolean("airborne"), Confidence.valueOf(rs.getString("confidence")));
    }

    /** Sets the decision of these contacts of the case; returns the ids that changed. */
    public List<Long> decide(long caseId, Collection<Long> contactIds, Contact.Decision decision, long by) {
        List<Long> changed = jdbc.sql("""
                        with before as (
                            select id, decision from trace_contact
                             where case_id = :case and id = any(:ids) and decision <> :decision for update),
                        changed as (
                            update trace_contact k set decision = :decision from before where k.id = before.id
                            returning k.id, before.decision as old)
                        insert into trace_contact_event (contact_id, by_person, kind, old_value, new_value)
                        select id, :by, 'DECISION', old, :decision from changed
                        returning contact_id""")
                .param("case", caseId).param("ids", contactIds.toArray(Long[]::new))
                .param("decision", decision.name()).param("by", by)
                .query(Long.class).list();
        return changed;
    }

    public void setStatus(Contact contact, Contact.FollowUp status, Long by) {
        if (contact.status() != status) {
            jdbc.sql("update trace_contact set status = :status where id = :id")
                    .param("status", status.name()).param("id", contact.id()).update();
            event(contact.id(), by, "STATUS", contact.status().name(), status.name());
        }
    }

    public void setOfficer(Contact contact, Long officerId, long by) {
        if (!java.util.Objects.equals(contact.officerId(), officerId)) {
            jdbc.sql("update trace_contact set officer_id = :officer where id = :id")
                    .param("officer", officerId).param("id", contact.id()).update();
            event(contact.id(), by, "OFFICER", contact.officerId() == null ? null : contact.officerId().toString(),
                    officerId == null ? null : officerId.toString());
        }
    }

    /**
     * Marks the case's confirmed contacts not yet notified as notified, in one statement so that two tracers
     * pressing the button at once notify each contact once; returns those it marked.
     */
    public List<Contact> markNotified(long caseId, long by) {
        List<Long> ids = jdbc.sql("""
                        with marked as (
                            update trace_contact set notified_at = now(),
                                   status = case when status = 'NEW' then 'NOTIFIED' else status end
                             where case_id = :case and decision = 'CONFIRMED' and notified_at is null
                            returning id)
                        insert into trace_contact_event (contact_id, by_person, kind, new_value)
                        select id, :by, 'NOTIFIED', 'SMS' from marked
                        returning contact_id""")
                .param("case", caseId).param("by", by).query(Long.class).list();
        return ids.isEmpty() ? List.of() : jdbc.sql("select " + COLUMNS + " from trace_contact k where k.id = any(:ids) order by k.id")
                .param("ids", ids.toArray(Long[]::new)).query(ContactRepository::map).list();
    }

    public int countNotified(long caseId) {
        return jdbc.sql("select count(*) from trace_contact where case_id = :case and decision = 'CONFIRMED' and notified_at is not null")
                .param("case", caseId).query(Integer.class).single();
    }

    public void event(long contactId, Long by, String kind, String oldValue, String newValue) {
        jdbc.sql("insert into trace_contact_event (contact_id, by_person, kind, old_value, new_value) values (:c, :by, :k, :o, :n)")
                .param("c", contactId).param("by", by).param("k", kind).param("o", oldValue).param("n", newValue).update();
    }

    public List<Event> events(long contactId) {
        return jdbc.sql("select at, by_person, kind, old_value, new_value from trace_contact_event where contact_id = :id order by id")
                .param("id", contactId)
                .query((rs, row) -> new Event(rs.getTimestamp("at").toInstant(), rs.getObject("by_person", Long.class),
                        rs.getString("kind"), rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    /** Contacts of cases managed in these units, filtered, oldest case first. */
    public List<Contact> followUp(Collection<String> unitCodes, Contact.FollowUp status, Long officerId, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from trace_contact k join trace_case c on c.id = k.case_id
                         where c.unit_code = any(:units) and k.decision = 'CONFIRMED'
                           and (:status::text is null or k.status = :status)
                           and (:officer::bigint is null or k.officer_id = :officer)
                         order by k.case_id desc, k.generation, k.id limit :limit""")
                .param("units", unitCodes.toArray(String[]::new))
                .param("status", status == null ? null : status.name())
                .param("officer", officerId)
                .param("limit", limit)
                .query(ContactRepository::map).list();
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        Timestamp exposure = rs.getTimestamp("exposure_start");
        Timestamp notified = rs.getTimestamp("notified_at");
        return new Contact(rs.getLong("id"), rs.getLong("case_id"), rs.getString("contact_key"),
                rs.getObject("person_id", Long.class), rs.getObject("dependant_id", Long.class), rs.getString("full_name"),
                rs.getString("phone"), rs.getString("id_number"), rs.getInt("generation"),
                Contact.Kind.valueOf(rs.getString("kind")), rs.getString("relation"),
                Contact.Decision.valueOf(rs.getString("decision")), Contact.FollowUp.valueOf(rs.getString("status")),
                rs.getObject("officer_id", Long.class), exposure == null ? null : exposure.toInstant(),
                notified == null ? null : notified.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
