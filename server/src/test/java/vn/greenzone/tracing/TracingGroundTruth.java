package vn.greenzone.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tracing rule of docs/tracing.md written out plainly, in memory, over the visits a test planted:
 * the truth the server's contacts must equal. It knows nothing of the server's code or tables, only the
 * visits as the test made them (arrival, departure, visitor), so it cannot share the server's mistakes.
 *
 * <p>Rule: a source visit meets another visit at the same venue when they overlap by at least 15 minutes
 * (exactly 15 counts), or, airborne, when the other visit began after the source visit ended and at most
 * 30 minutes later. F1: sources are the case subject's visits (their own, those typed or scanned from
 * another app's code carrying their phone or ID number, and those of the dependants they are guardian of)
 * clipped to the infectious window. F2: sources are each confirmed F1's own visits from the start of their
 * exposure onward (the later arrival of the exposing overlap, the F1's arrival for an airborne one; the
 * earliest over their F1 paths). One contact per person, with every path, at its lowest generation (a visit
 * typed with a registered person's phone is theirs, as the subject's typed visits are the subject's); the
 * subject is never a contact, nor a contact a contact of itself.
 */
final class TracingGroundTruth {

    static final Duration MIN_OVERLAP = Duration.ofMinutes(15);
    static final Duration AIRBORNE_TAIL = Duration.ofMinutes(30);

    /**
     * Whom a visit was of: a registered person (with their phone and ID number, under which staff may have
     * typed them), a dependant, or a visitor known only by what was typed or scanned. {@code label} names
     * them in the test's messages.
     */
    record Who(String label, Long personId, Long dependantId, String phone, String idNumber, String name) {

        static Who person(String label, long personId, String internationalPhone, String idNumber) {
            return new Who(label, personId, null, internationalPhone, idNumber, null);
        }

        static Who dependant(String label, long dependantId) {
            return new Who(label, null, dependantId, null, null, null);
        }

        static Who unregistered(String label, String internationalPhone, String idNumber, String name) {
            return new Who(label, null, null, internationalPhone, idNumber, name);
        }

        boolean registered() {
            return personId != null || dependantId != null;
        }

        /** One key per contact: the person, else the dependant, else the phone, ID number or name typed. */
        String key() {
            if (personId != null) {
                return "P:" + personId;
            }
            if (dependantId != null) {
                return "D:" + dependantId;
            }
            if (phone != null) {
                return "V:" + phone;
            }
            return idNumber != null ? "V:" + idNumber : "V:" + name.toUpperCase();
        }

        /** Whether a visit of {@code visitor} is this one's own visit (typed with their phone or ID number included). */
        boolean owns(Who visitor) {
            if (personId != null && personId.equals(visitor.personId)) {
                return true;
            }
            if (dependantId != null && dependantId.equals(visitor.dependantId)) {
                return true;
            }
            if (visitor.registered()) {
                return false;
            }
            if (phone != null && phone.equals(visitor.phone) || idNumber != null && idNumber.equals(visitor.idNumber)) {
                return true;
            }
            return !registered() && phone == null && idNumber == null && visitor.phone == null
                    && visitor.idNumber == null && Objects.equals(name, visitor.name);
        }
    }

    /**
     * A visit as planted: {@code departure} is the check-out (or the next check-in), else arrival + default
     * stay; {@code departureKnown} is CHECKED_OUT, NEXT_CHECKIN or ASSUMED (the default stay, whether the
     * overstay job closed the visit, INFERRED, or not yet, EXPECTED).
     */
    record Visit(long id, long venueId, String venue, Who who, Instant arrival, Instant departure, String departureKnown) {

        /** How far the visit can be trusted: another app's code or a typed name LOW, else by how its end is known. */
        Confidence confidence() {
            if (!who.registered()) {
                return Confidence.LOW;
            }
            return switch (departureKnown) {
                case "CHECKED_OUT" -> Confidence.HIGH;
                case "NEXT_CHECKIN" -> Confidence.MEDIUM;
                default -> Confidence.LOW;
            };
        }

        @Override
        public String toString() {
            return who.label() + "@" + venue + "#" + id;
        }
    }

    enum Confidence {
        HIGH, MEDIUM, LOW;

        Confidence weaker(Confidence other) {
            return ordinal() >= other.ordinal() ? this : other;
        }
    }

    /** One way a contact was reached; {@code fromKey} is null for the case itself. */
    record Path(String fromKey, long venueId, long sourceVisitId, long visitId, Instant sourceStart, Duration overlap,
            boolean airborne, Confidence confidence) {
    }

    /** A contact of the truth. */
    static final class Contact {
        final Who who;
        int generation;
        final List<Path> paths = new ArrayList<>();
        /** Exposure start as of the generation it was found in (the F2 of a confirmed F1 start here). */
        Instant exposureStart;

        Contact(Who who, int generation) {
            this.who = who;
            this.generation = generation;
        }

        String key() {
            return who.key();
        }

        boolean airborneOnly() {
            return !paths.isEmpty() && paths.stream().allMatch(Path::airborne);
        }

        Duration maxOverlap() {
            return paths.stream().map(Path::overlap).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        @Override
        public String toString() {
            return who.label() + " (gen " + generation + ", " + paths.size() + " paths)";
        }
    }

    /** Part of a visit that counts as a source; {@code confidence} is LOW for a dependant's visit counted for the guardian. */
    private record Interval(Visit visit, Instant start, Instant end, Confidence confidence) {
    }

    private final List<Visit> visits = new ArrayList<>();
    private final Map<Long, Visit> byId = new LinkedHashMap<>();
    private final List<Who> people = new ArrayList<>();

    /** A registered person, whose phone or ID number typed by staff (or in another app's code) names them. */
    void register(Who person) {
        people.add(person);
    }

    /**
     * Whom a visit counts for as a contact: its visitor, or the registered person whose phone (else ID
     * number) a typed visit carries: one contact per person.
     */
    Who contactOf(Who visitor) {
        if (visitor.registered()) {
            return visitor;
        }
        for (Who person : people) {
            if (visitor.phone() != null && visitor.phone().equals(person.phone())) {
                return person;
            }
        }
        for (Who person : people) {
            if (visitor.phone() == null && visitor.idNumber() != null && visitor.idNumber().equals(person.idNumber())) {
                return person;
            }
        }
        return visitor;
    }

    Visit add(long id, long venueId, String venue, Who who, Instant arrival, Instant departure) {
        if (byId.containsKey(id)) {
            throw new IllegalStateException("visit " + id + " planted twice: " + byId.get(id) + " and " + who.label());
        }
        Visit visit = new Visit(id, venueId, venue, who, arrival, departure, "ASSUMED");
        visits.add(visit);
        byId.put(id, visit);
        return visit;
    }

    /** Changes the departure of a planted visit: a check-out (CHECKED_OUT), or the visitor's next check-in (NEXT_CHECKIN). */
    void depart(long id, Instant departure, String known) {
        Visit old = byId.get(id);
        Visit changed = new Visit(old.id(), old.venueId(), old.venue(), old.who(), old.arrival(), departure, known);
        visits.set(visits.indexOf(old), changed);
        byId.put(id, changed);
    }

    Visit visit(long id) {
        return byId.get(id);
    }

    List<Visit> visits() {
        return List.copyOf(visits);
    }

    /** The visits that are the case's own: the subject's, typed ones carrying their phone or ID, their dependants'. */
    List<Visit> sourceVisits(Who subject, Set<Long> dependantsOfSubject) {
        return visits.stream().filter(visit -> subject.owns(visit.who())
                || visit.who().dependantId() != null && dependantsOfSubject.contains(visit.who().dependantId())).toList();
    }

    /**
     * The contacts of the case up to {@code depth}, by key, with {@code confirmed} (keys) the F1s a tracer
     * confirmed; fails when the planted crowd puts an arrival exactly at a source's departure, where the
     * documented rule says neither "overlap" nor "after".
     */
    Map<String, Contact> contacts(Who subject, Set<Long> dependantsOfSubject, Instant windowStart, Instant windowEnd,
            Set<String> confirmed, int depth) {
        Map<String, Contact> found = new LinkedHashMap<>();
        List<Interval> sources = new ArrayList<>();
        for (Visit visit : sourceVisits(subject, dependantsOfSubject)) {
            Instant start = later(visit.arrival(), windowStart);
            Instant end = earlier(visit.departure(), windowEnd);
            if (end.isAfter(start)) {
                sources.add(new Interval(visit, start, end,
                        subject.owns(visit.who()) ? visit.confidence() : Confidence.LOW));
            }
        }
        collect(sources, null, 1, List.of(subject), found);
        for (Contact contact : found.values()) {
            contact.exposureStart = exposureStart(contact.paths);
        }
        for (int generation = 1; generation < depth; generation++) {
            int g = generation;
            List<Contact> sourcesOfNext = found.values().stream()
                    .filter(contact -> contact.generation == g && confirmed.contains(contact.key())).toList();
            Map<String, Instant> since = new LinkedHashMap<>();
            sourcesOfNext.forEach(contact -> since.put(contact.key(), contact.exposureStart));
            for (Contact contact : sourcesOfNext) {
                List<Interval> own = new ArrayList<>();
                Instant from = since.get(contact.key());
                for (Visit visit : visits) {
                    if (contact.who.owns(visit.who()) && visit.departure().isAfter(from)) {
                        own.add(new Interval(visit, later(visit.arrival(), from), visit.departure(), visit.confidence()));
                    }
                }
                collect(own, contact.key(), generation + 1, List.of(subject, contact.who), found);
            }
            for (Contact contact : found.values()) {
                if (contact.exposureStart == null) {
                    contact.exposureStart = exposureStart(contact.paths);
                }
            }
        }
        return found;
    }

    private void collect(List<Interval> sources, String fromKey, int generation, Collection<Who> excluded,
            Map<String, Contact> found) {
        for (Interval source : sources) {
            for (Visit visit : visits) {
                if (visit.venueId() != source.visit().venueId() || visit.id() == source.visit().id()
                        || excluded.stream().anyMatch(who -> who.owns(visit.who()))) {
                    continue;
                }
                if (visit.arrival().equals(source.end())) {
                    throw new IllegalStateException("ambiguous crowd: " + visit + " arrives exactly as " + source.visit()
                            + " ends");
                }
                Duration overlap = Duration.between(later(source.start(), visit.arrival()),
                        earlier(source.end(), visit.departure()));
                boolean airborne = visit.arrival().isAfter(source.end())
                        && !visit.arrival().isAfter(source.end().plus(AIRBORNE_TAIL));
                Confidence confidence = visit.confidence().weaker(source.confidence());
                Path path;
                if (overlap.compareTo(MIN_OVERLAP) >= 0) {
                    path = new Path(fromKey, visit.venueId(), source.visit().id(), visit.id(), source.start(), overlap,
                            false, confidence);
                } else if (airborne) {
                    path = new Path(fromKey, visit.venueId(), source.visit().id(), visit.id(), source.start(),
                            Duration.ZERO, true, confidence);
                } else {
                    continue;
                }
                Who who = contactOf(visit.who());
                Contact contact = found.computeIfAbsent(who.key(), key -> new Contact(who, generation));
                contact.generation = Math.min(contact.generation, generation);
                contact.paths.add(path);
            }
        }
    }

    /** The earliest exposure over the paths: the later of the two arrivals, or the arrival after the source left. */
    private Instant exposureStart(List<Path> paths) {
        Instant earliest = null;
        for (Path path : paths) {
            Visit visit = byId.get(path.visitId());
            Instant start = path.airborne() ? visit.arrival() : later(visit.arrival(), path.sourceStart());
            earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
        }
        return earliest;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
