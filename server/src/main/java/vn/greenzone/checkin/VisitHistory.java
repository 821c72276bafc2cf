package vn.greenzone.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.checkin.internal.PresenceRepository;

/**
 * The two tracing questions, for modules that follow cases: where was this visitor between two times,
 * and who was at the same venue at the same time. Callers check who may ask; this only reads.
 */
@Service
public class VisitHistory {

    private final PresenceRepository repository;

    VisitHistory(PresenceRepository repository) {
        this.repository = repository;
    }

    /**
     * Visits that overlap {@code [from, to)} of any of these people or dependants, and visits with no
     * person behind them (typed by staff, another app's code) that carry one of these phones or ID numbers;
     * oldest first.
     */
    public List<PresenceVisit> visitsOf(Collection<Long> personIds, Collection<Long> dependantIds,
            Collection<String> internationalPhones, Collection<String> idNumbers, Instant from, Instant to) {
        return repository.visitsOf(personIds, dependantIds, internationalPhones, idNumbers, from, to);
    }

    /**
     * Every other visit at the venue of a source interval that overlapped it by at least {@code minOverlap},
     * or began within {@code airborneTail} after it ended. A visit that met several intervals comes once
     * per interval.
     */
    public List<CoPresence> presentWith(List<SourceInterval> sources, Duration minOverlap, Duration airborneTail) {
        return sources.isEmpty() ? List.of() : repository.presentWith(sources, minOverlap, airborneTail);
    }

    /** Visits at the venue that overlapped {@code [from, to)}, oldest first. */
    public List<PresenceVisit> visitsAt(long venueId, Instant from, Instant to) {
        return repository.visitsAt(venueId, from, to);
    }
}
