package vn.greenzone.tracing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.checkin.CoPresence;
import vn.greenzone.checkin.PresenceVisit;
import vn.greenzone.checkin.SourceInterval;
import vn.greenzone.checkin.VisitHistory;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.tracing.TracingProperties;

/**
 * Derives a case's contacts from check-ins: F1 from the visits of the case's subject in the infectious
 * window, then generation by generation from the confirmed contacts' visits after their own exposure.
 * Derived rows are rewritten each time (new check-ins keep arriving, a device batch may be a day late);
 * the tracers' decisions and follow-up are kept.
 */
@Service
public class ContactDerivation {

    private final VisitHistory history;
    private final Dependants dependants;
    private final CaseRepository cases;
    private final ContactRepository contacts;
    private final TracingProperties properties;
    private final Clock clock;

    ContactDerivation(VisitHistory history, Dependants dependants, CaseRepository cases, ContactRepository contacts,
            TracingProperties properties, Clock clock) {
        this.history = history;
        this.dependants = dependants;
        this.cases = cases;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The subject's visits in the infectious window, clipped to it, oldest first. */
    public List<CaseVisit> visitsOf(TraceCase c) {
        Subject subject = c.subject();
        Set<Long> guardianOf = new HashSet<>();
        if (subject.personId() != null) {
            dependants.ofGuardian(subject.personId()).stream().map(Dependant::id).forEach(guardianOf::add);
        }
        Set<Long> dependantIds = new HashSet<>(guardianOf);
        if (subject.dependantId() != null) {
            dependantIds.add(subject.dependantId());
        }
        List<PresenceVisit> visits = history.visitsOf(optional(subject.personId()), dependantIds,
                optional(subject.phone()), optional(subject.idNumber()), c.windowStart(), c.windowEnd());
        var clipped = new ArrayList<CaseVisit>();
        for (PresenceVisit visit : visits) {
            CaseVisit.Via via = visit.personId() != null || subject.dependantId() != null
                    && subject.dependantId().equals(visit.dependantId()) ? CaseVisit.Via.SELF
                    : visit.dependantId() != null ? CaseVisit.Via.DEPENDANT : CaseVisit.Via.UNVERIFIED;
            clip(visit, via, c.windowStart(), c.windowEnd()).ifPresent(clipped::add);
        }
        return clipped;
    }

    /** Finds the contacts up to {@code depth} generations and stores them with their paths. */
    @Transactional
    public void derive(TraceCase c, int depth) {
        cases.lock(c.id());
        Map<String, Contact> stored = new HashMap<>();
        contacts.ofCase(c.id(), Integer.MAX_VALUE).forEach(contact -> stored.put(contact.key(), contact));
        Set<String> excluded = c.subject().keys();

        Map<String, Found> found = new LinkedHashMap<>();
        List<CaseVisit> sources = visitsOf(c);
        collect(sources, null, 1, excluded, found);

        for (int generation = 1; generation < depth; generation++) {
            List<Source> confirmed = confirmedOf(generation, stored, found, c);
            if (confirmed.isEmpty()) {
                break;
            }
            for (Map.Entry<Source, List<CaseVisit>> entry : visitsAfterExposure(confirmed).entrySet()) {
                Set<String> notContacts = new HashSet<>(excluded);
                notContacts.addAll(entry.getKey().contact().subject().keys());
                collect(entry.getValue(), entry.getKey().contact().id(), generation + 1, notContacts, found);
            }
        }

        List<ContactRepository.Derived> derived = found.values().stream()
                .map(f -> new ContactRepository.Derived(f.subject, f.generation, f.exposureStart())).toList();
        Map<String, Long> ids = derived.isEmpty() ? Map.of() : contacts.upsertDerived(c.id(), derived);
        var paths = new ArrayList<ContactPath>();
        for (Found f : found.values()) {
            long id = ids.get(f.subject.key());
            for (ContactPath path : f.paths) {
                paths.add(new ContactPath(id, path.fromContactId(), path.venueId(), path.sourceVisitId(), path.visitId(),
                        path.sourceStart(), path.sourceEnd(), path.sourceDepartureKnown(), path.arrival(),
                        path.departure(), path.departureKnown(), path.overlapSeconds(), path.airborne(),
                        path.confidence()));
            }
        }
        contacts.replacePaths(c.id(), paths);
        contacts.dropUnreached(c.id());
    }

    /** A confirmed contact as the source of the next generation, exposed from {@code since}. */
    private record Source(Contact contact, Instant since) {
    }

    private List<Source> confirmedOf(int generation, Map<String, Contact> stored, Map<String, Found> found, TraceCase c) {
        var sources = new ArrayList<Source>();
        for (Contact contact : stored.values()) {
            if (contact.decision() != Contact.Decision.CONFIRMED) {
                continue;
            }
            Found derived = found.get(contact.key());
            int itsGeneration = derived != null ? derived.generation
                    : contact.kind() == Contact.Kind.MANUAL ? contact.generation() : -1;
            if (itsGeneration != generation) {
                continue;
            }
            Instant since = derived != null ? derived.exposureStart()
                    : contact.exposureStart() != null ? contact.exposureStart() : c.windowStart();
            sources.add(new Source(contact, since));
        }
        return sources;
    }

    /** Each source's visits from its exposure onward, read for all sources with one query. */
    private Map<Source, List<CaseVisit>> visitsAfterExposure(List<Source> sources) {
        Instant earliest = sources.stream().map(Source::since).min(Instant::compareTo).orElseThrow();
        Map<String, Source> byKey = new HashMap<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> dependantIds = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (Source source : sources) {
            Subject subject = source.contact().subject();
            subject.keys().forEach(key -> byKey.putIfAbsent(key, source));
            if (subject.personId() != null) {
                persons.add(subject.personId());
            }
            if (subject.dependantId() != null) {
                dependantIds.add(subject.dependantId());
            }
            if (subject.phone() != null) {
                phones.add(subject.phone());
            }
            if (subject.idNumber() != null) {
                idNumbers.add(subject.idNumber());
            }
        }
        Map<Source, List<CaseVisit>> visits = new LinkedHashMap<>();
        for (PresenceVisit visit : history.visitsOf(persons, dependantIds, phones, idNumbers, earliest, clock.instant())) {
            Source source = sourceOf(visit, byKey);
            if (source == null) {
                continue;
            }
            CaseVisit.Via via = visit.personId() != null || visit.dependantId() != null ? CaseVisit.Via.SELF
                    : CaseVisit.Via.UNVERIFIED;
            clip(visit, via, source.since(), Instant.MAX)
                    .ifPresent(clipped -> visits.computeIfAbsent(source, s -> new ArrayList<>()).add(clipped));
        }
        return visits;
    }

    private static Source sourceOf(PresenceVisit visit, Map<String, Source> byKey) {
        Subject visitor = Subject.of(visit);
        for (String key : visitor.keys()) {
            Source source = byKey.get(key);
            if (source != null) {
                return source;
            }
        }
        return null;
    }

    /** Adds the visits that met {@code sources} to {@code found}, as paths of generation {@code generation}. */
    private void collect(List<CaseVisit> sources, Long fromContactId, int generation, Set<String> excluded,
            Map<String, Found> found) {
        Map<Long, CaseVisit> byVisit = new HashMap<>();
        List<SourceInterval> intervals = new ArrayList<>();
        for (CaseVisit source : sources) {
            byVisit.put(source.visit().id(), source);
            intervals.add(new SourceInterval(source.visit().id(), source.visit().venueId(), source.start(), source.end()));
        }
        for (CoPresence met : history.presentWith(intervals, properties.minOverlap(), properties.airborneTail())) {
            Subject visitor = Subject.of(met.visit());
            if (visitor.keys().stream().anyMatch(excluded::contains)) {
                continue;
            }
            CaseVisit source = byVisit.get(met.sourceVisitId());
            Confidence confidence = Confidence.weaker(Confidence.of(met.visit()),
                    source.weighsLower() ? Confidence.LOW : Confidence.of(source.visit()));
            var path = new ContactPath(0, fromContactId, met.visit().venueId(), source.visit().id(), met.visit().id(),
                    source.start(), source.end(), source.visit().departureKnown().name(), met.visit().arrival(),
                    met.visit().departure(), met.visit().departureKnown().name(), (int) met.overlap().toSeconds(),
                    met.airborne(), confidence);
            Found f = found.computeIfAbsent(visitor.key(), key -> new Found(visitor, generation));
            f.generation = Math.min(f.generation, generation);
            f.paths.add(path);
        }
    }

    private static java.util.Optional<CaseVisit> clip(PresenceVisit visit, CaseVisit.Via via, Instant from, Instant to) {
        Instant start = visit.arrival().isBefore(from) ? from : visit.arrival();
        Instant end = visit.departure().isAfter(to) ? to : visit.departure();
        return end.isAfter(start) ? java.util.Optional.of(new CaseVisit(visit, via, start, end)) : java.util.Optional.empty();
    }

    private static <T> Collection<T> optional(T value) {
        return value == null ? List.of() : List.of(value);
    }

    /** A contact being derived: its generation is the lowest over its paths. */
    private static final class Found {
        private final Subject subject;
        private int generation;
        private final List<ContactPath> paths = new ArrayList<>();

        Found(Subject subject, int generation) {
            this.subject = subject;
            this.generation = generation;
        }

        /** Exposure begins with the earliest of its paths. */
        Instant exposureStart() {
            return paths.stream().map(ContactPath::exposureStart).min(Instant::compareTo).orElseThrow();
        }
    }
}
