package vn.greenzone.tracing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.checkin.PresenceVisit;
import vn.greenzone.checkin.VisitHistory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Risky-venue alerts: a tracer proposes a venue and a time window, a second official of the venue's area
 * approves (four eyes), and then everyone who was there in the window is told; the public list shows
 * the venue and the times, never a person.
 */
@Service
public class VenueAlertService {

    /** What visitors are asked to do. */
    public enum MessageType { MONITOR_SYMPTOMS, GET_TESTED, ISOLATE }

    public enum Status { PROPOSED, APPROVED, REJECTED }

    public record VenueAlert(long id, long venueId, String unitCode, Instant startsAt, Instant endsAt,
            MessageType messageType, Status status, long proposedBy, Instant proposedAt, Long decidedBy,
            Instant decidedAt, Integer notified) {
    }

    /** How long an approved alert stays on the public list after its window. */
    private static final Duration PUBLIC_FOR = Duration.ofDays(14);

    private final VenueAlertRepository repository;
    private final Venues venues;
    private final VisitHistory history;
    private final AlertRepository alerts;
    private final AlertTexts texts;
    private final SmsSender sms;
    private final People people;
    private final Dependants dependants;
    private final AccessControl access;
    private final CheckinProperties checkins;
    private final Clock clock;

    VenueAlertService(VenueAlertRepository repository, Venues venues, VisitHistory history, AlertRepository alerts, AlertTexts texts,
            SmsSender sms, People people, Dependants dependants, AccessControl access, CheckinProperties checkins,
            Clock clock) {
        this.repository = repository;
        this.venues = venues;
        this.history = history;
        this.alerts = alerts;
        this.texts = texts;
        this.sms = sms;
        this.people = people;
        this.dependants = dependants;
        this.access = access;
        this.checkins = checkins;
        this.clock = clock;
    }

    public VenueAlert propose(long venueId, Instant from, Instant to, MessageType type) {
        Venue venue = venues.find(venueId);
        access.require(Role.CONTACT_TRACER, venue.unitCode());
        Instant now = clock.instant();
        if (from == null || to == null || type == null) {
            throw ProblemException.badRequest("venue-alert.fields-required");
        }
        if (!to.isAfter(from) || to.isAfter(now.plus(Duration.ofMinutes(5))) || from.isBefore(now.minus(checkins.retention()))) {
            throw ProblemException.badRequest("venue-alert.window-invalid", checkins.retention().toDays());
        }
        return find(repository.insert(venueId, venue.unitCode(), from, to, type, access.current().personId()));
    }

    /** Approves or rejects; the proposer may not decide their own proposal, and a decision is final. */
    @Transactional
    public VenueAlert decide(long id, boolean approve) {
        VenueAlert alert = repository.lock(id).orElseThrow(() -> ProblemException.notFound("venue-alert.not-found"));
        access.require(Role.CONTACT_TRACER, alert.unitCode());
        long me = access.current().personId();
        if (alert.proposedBy() == me) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "venue-alert.own-proposal");
        }
        if (alert.status() != Status.PROPOSED) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue-alert.decided");
        }
        Integer notified = approve ? notifyVisitors(alert) : null;
        repository.decide(id, approve ? Status.APPROVED : Status.REJECTED, me, notified);
        return find(id);
    }

    public VenueAlert find(long id) {
        return repository.find(id).orElseThrow(() -> ProblemException.notFound("venue-alert.not-found"));
    }

    /** Proposals waiting for a second official, within the signed-in tracer's reach. */
    public List<VenueAlert> pending() {
        return repository.proposed().stream().filter(alert -> access.mayActOn(Role.CONTACT_TRACER, alert.unitCode())).toList();
    }

    /** Approved alerts whose window ended within the last two weeks: public, no personal data. */
    public List<VenueAlert> published() {
        return repository.approvedSince(clock.instant().minus(PUBLIC_FOR));
    }

    private int notifyVisitors(VenueAlert alert) {
        Venue venue = venues.find(alert.venueId());
        List<PresenceVisit> visits = history.visitsAt(alert.venueId(), alert.startsAt(), alert.endsAt());
        // Names and numbers of everyone there, read at once: a market has thousands of visits in a morning.
        Map<Long, Dependant> dependantById = dependants.findAll(visits.stream().map(PresenceVisit::dependantId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> readers = new HashSet<>();
        visits.stream().map(PresenceVisit::personId).filter(java.util.Objects::nonNull).forEach(readers::add);
        dependantById.values().forEach(dependant -> readers.add(dependant.guardianId()));
        Map<Long, Person> personById = people.findAll(readers);
        Set<String> told = new HashSet<>();
        for (PresenceVisit visit : visits) {
            Long reader = visit.personId();
            String about = null;
            String phone = visit.visitorPhone();
            Dependant dependant = visit.dependantId() == null ? null : dependantById.get(visit.dependantId());
            if (dependant != null) {
                reader = dependant.guardianId();
                about = dependant.fullName();
            }
            if (reader != null && personById.containsKey(reader)) {
                phone = personById.get(reader).phone().international();
            }
            if (phone == null || !told.add(reader + "|" + phone + "|" + about)) {
                continue;
            }
            var stored = new AlertRepository.StoredAlert(0, "RISKY_VENUE", about, null, venue.name(), visit.arrival(),
                    alert.messageType().name(), venue.unitCode(), clock.instant());
            boolean fresh = reader == null || alerts.insert(new AlertRepository.NewAlert(reader, "RISKY_VENUE", null,
                    alert.id(), about, null, venue.name(), visit.arrival(), alert.messageType().name(), venue.unitCode()));
            if (fresh) {
                sms.send(phone, texts.sms(stored));
            }
        }
        return told.size();
    }
}
