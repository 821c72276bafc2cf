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
import java.util.Objects;
import java.util.Optional;
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
 * window, then generation by generation from the confirmed contacts' visits after their own exposure,
 * each generation with one query for the visits and one for who was there. Derived again on every read
 * (new check-ins keep arriving, a device batch may be a day late), but only what changed is written; the
 * tracers' decisions and follow-up are kept.
 */
@Service
public class ContactDerivation {

    private final VisitHistory history;
    private final Dependants dependants;
    private final VisitorIdentities identities;
    private final CaseRepository cases;
    private final ContactRepository contacts;
    private final TracingProperties properties;
    private final Clock clock;

    ContactDerivation(VisitHistory history, Dependants dependants, VisitorIdentities identities, CaseRepository cases,
            ContactRepository contacts, TracingProperties properties, Clock clock) {
        this.history = history;
        this.dependants = dependants;
        this.identities = identities;
        this.cases = cases;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The subject's visits in the infectious window, clipped to it, oldest first. */
    public List<CaseVisit> visitsOf(TraceCase c) {
        Subject subject = identities.complete(List.of(c.subject())).getFirst();
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

    /** Finds the contacts up to {@code depth} generations and stores what changed. */
    @Transactional
    public void derive(TraceCase c, int depth) {
        cases.lock(c.id());
        Map<String, Contact> stored = new HashMap<>();
        contacts.ofCase(c.id(), Integer.MAX_VALUE).forEach(contact -> stored.put(contact.key(), contact));
        Set<String> excluded = identities.complete(List.of(c.subject())).getFirst().keys();

        Map<String, Found> found = new LinkedHashMap<>();
        collect(visitsOf(c).stream().map(visit -> new Source(visit, null, excluded)).toList(), 1, found);
        for (int generation = 1; generation < depth; generation++) {
            List<Exposed> confirmed = confirmedOf(generation, stored, found, c);
            if (confirmed.isEmpty()) {
                break;
            }
            collect(visitsAfterExposure(confirmed, excluded), generation + 1, found);
        }
        store(c.id(), stored, found);
    }

    /** A visit that may have passed the infection on, whose (null: the case's), and who cannot be its contact. */
    private record Source(CaseVisit visit, Long fromContactId, Set<String> excluded) {
    }

    /** A confirmed contact as the source of the next generation, exposed from {@code since}. */
    private record Exposed(Contact contact, Subject subject, Instant since) {
    }

    private List<Exposed> confirmedOf(int generation, Map<String, Contact> stored, Map<String, Found> found, TraceCase c) {
        var chosen = new ArrayList<Contact>();
        var since = new ArrayList<Instant>();
        for (Contact contact : stored.values()) {
            Found derived = found.get(contact.key());
            int itsGeneration = derived != null ? derived.generation
                    : contact.kind() == Contact.Kind.MANUAL ? contact.generation() : -1;
            if (contact.decision() == Contact.Decision.CONFIRMED && itsGeneration == generation) {
                chosen.add(contact);
                since.add(derived != null ? derived.exposureStart()
                        : contact.exposureStart() != null ? contact.exposureStart() : c.windowStart());
            }
        }
        List<Subject> subjects = identities.complete(chosen.stream().map(Contact::subject).toList());
        var exposed = new ArrayList<Exposed>();
        for (int i = 0; i < chosen.size(); i++) {
            exposed.add(new Exposed(chosen.get(i), subjects.get(i), since.get(i)));
        }
        return exposed;
    }

    /** Each confirmed contact's visits from its exposure onward, read for all of them with one query. */
    private List<Source> visitsAfterExposure(List<Exposed> sources, Set<String> excluded) {
        Instant earliest = sources.stream().map(Exposed::since).min(Instant::compareTo).orElseThrow();
        Map<String, Exposed> byKey = new HashMap<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> dependantIds = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (Exposed source : sources) {
            Subject subject = source.subject();
            subject.keys().forEach(key -> byKey.putIfAbsent(key, source));
            addIfPresent(persons, subject.personId());
            addIfPresent(dependantIds, subject.dependantId());
            addIfPresent(phones, subject.phone());
            addIfPresent(idNumbers, subject.idNumber());
        }
        var visits = new ArrayList<Source>();
        for (PresenceVisit visit : history.visitsOf(persons, dependantIds, phones, idNumbers, earliest, clock.instant())) {
            Exposed source = Subject.of(visit).keys().stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (source == null) {
                continue;
            }
            CaseVisit.Via via = visit.personId() != null || visit.dependantId() != null ? CaseVisit.Via.SELF
                    : CaseVisit.Via.UNVERIFIED;
            Set<String> notContacts = new HashSet<>(excluded);
            notContacts.addAll(source.subject().keys());
            clip(visit, via, source.since(), Instant.MAX)
                    .ifPresent(clipped -> visits.add(new Source(clipped, source.contact().id(), notContacts)));
        }
        return visits;
    }

    /** Adds the visits that met {@code sources} to {@code found}, as paths of generation {@code generation}. */
    private void collect(List<Source> sources, int generation, Map<String, Found> found) {
        Map<Long, Source> byVisit = new HashMap<>();
        List<SourceInterval> intervals = new ArrayList<>();
        for (Source source : sources) {
            CaseVisit visit = source.visit();
            if (byVisit.putIfAbsent(visit.visit().id(), source) == null) {
                intervals.add(new SourceInterval(visit.visit().id(), visit.visit().venueId(), visit.start(), visit.end()));
            }
        }
        List<CoPresence> met = history.presentWith(intervals, properties.minOverlap(), properties.airborneTail());
        Map<Long, Subject> visitors = identities.of(met.stream().map(CoPresence::visit).toList());
        for (CoPresence presence : met) {
            Source source = byVisit.get(presence.sourceVisitId());
            Subject visitor = visitors.get(presence.visit().id());
            if (visitor.keys().stream().anyMatch(source.excluded()::contains)) {
                continue;
            }
            CaseVisit from = source.visit();
            Confidence confidence = Confidence.weaker(Confidence.of(presence.visit()),
                    from.weighsLower() ? Confidence.LOW : Confidence.of(from.visit()));
            var path = new ContactPath(0, source.fromContactId(), presence.visit().venueId(), from.visit().id(),
                    presence.visit().id(), from.start(), from.end(), from.visit().departureKnown().name(),
                    presence.visit().arrival(), presence.visit().departure(), presence.visit().departureKnown().name(),
                    (int) presence.overlap().toSeconds(), presence.airborne(), confidence);
            Found f = found.computeIfAbsent(visitor.key(), key -> new Found(visitor, generation));
            f.generation = Math.min(f.generation, generation);
            f.paths.add(path);
        }
    }

    /** Writes the contacts that are new or changed, and the paths that appeared or went. */
    private void store(long caseId, Map<String, Contact> stored, Map<String, Found> found) {
        Map<String, Long> ids = new HashMap<>();
        stored.forEach((key, contact) -> ids.put(key, contact.id()));
        List<ContactRepository.Derived> changed = new ArrayList<>();
        for (Found f : found.values()) {
            Contact before = stored.get(f.subject.key());
            boolean same = before != null && (before.kind() == Contact.Kind.MANUAL
                    ? before.generation() <= f.generation
                    : before.generation() == f.generation && Objects.equals(before.exposureStart(), f.exposureStart()));
            if (!same) {
                changed.add(new ContactRepository.Derived(f.subject, f.generation, f.exposureStart()));
            }
        }
        if (!changed.isEmpty()) {
            ids.putAll(contacts.upsertDerived(caseId, changed));
        }
        Set<ContactPath> wanted = new HashSet<>();
        for (Found f : found.values()) {
            long id = ids.get(f.subject.key());
            for (ContactPath path : f.paths) {
                wanted.add(new ContactPath(id, path.fromContactId(), path.venueId(), path.sourceVisitId(), path.visitId(),
                        path.sourceStart(), path.sourceEnd(), path.sourceDepartureKnown(), path.arrival(),
                        path.departure(), path.departureKnown(), path.overlapSeconds(), path.airborne(),
                        path.confidence()));
            }
        }
        List<ContactPath> existing = contacts.pathsOfCase(caseId);
        List<ContactPath> gone = existing.stream().filter(path -> !wanted.contains(path)).toList();
        Set<ContactPath> kept = new HashSet<>(existing);
        List<ContactPath> added = wanted.stream().filter(path -> !kept.contains(path)).toList();
        contacts.deletePaths(gone);
        contacts.insertPaths(added);
        if (!gone.isEmpty()) {
            contacts.dropUnreached(caseId);
        }
    }

    private static Optional<CaseVisit> clip(PresenceVisit visit, CaseVisit.Via via, Instant from, Instant to) {
        Instant start = visit.arrival().isBefore(from) ? from : visit.arrival();
        Instant end = visit.departure().isAfter(to) ? to : visit.departure();
        return end.isAfter(start) ? Optional.of(new CaseVisit(visit, via, start, end)) : Optional.empty();
    }

    private static <T> Collection<T> optional(T value) {
        return value == null ? List.of() : List.of(value);
    }

    private static <T> void addIfPresent(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
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
