package vn.greenzone.checkin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.PersonalQrCodes;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.ScannedQr;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.VietnameseText;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** Check-in by the visitor (poster scan), by staff (personal QR scan or typed entry), and check-out. */
@Service
public class CheckinService {

    /** Refused codes tolerated from one address or one staff member per hour before 429: guessing is pointless. */
    private static final int BAD_CODES_PER_HOUR = 60;
    private static final int MAX_NAME = 100;

    private final CheckinRepository repository;
    private final SelfScanWriter selfScans;
    private final Venues venues;
    private final PersonalQrCodes personalQr;
    private final Dependants dependants;
    private final AccessControl access;
    private final RateLimiter limiter;
    private final CheckinProperties properties;
    private final CheckinPartitions partitions;
    private final Clock clock;

    CheckinService(CheckinRepository repository, SelfScanWriter selfScans, Venues venues, PersonalQrCodes personalQr, Dependants dependants,
            AccessControl access, RateLimiter limiter, CheckinProperties properties, CheckinPartitions partitions,
            Clock clock) {
        this.repository = repository;
        this.selfScans = selfScans;
        this.venues = venues;
        this.personalQr = personalQr;
        this.dependants = dependants;
        this.access = access;
        this.limiter = limiter;
        this.properties = properties;
        this.partitions = partitions;
        this.clock = clock;
    }

    /** What a self check-in did: the venue, and one visit for the person and each dependant they brought. */
    public record SelfCheckin(Venue venue, List<RecordedVisit> visits) {
    }

    /** The venue of a scanned poster; each refused poster counts against the client's address. */
    public Venue venueOfPoster(String posterUrl, String clientAddress) {
        try {
            return venues.fromPoster(posterUrl);
        } catch (ProblemException refused) {
            if (refused.status().is4xxClientError() && refused.status() != HttpStatus.CONFLICT) {
                limiter.acquire("bad-poster:" + clientAddress, BAD_CODES_PER_HOUR, Duration.ofHours(1),
                        "checkin.too-many-bad-codes");
            }
            throw refused;
        }
    }

    /**
     * The signed-in person checks in at the poster's venue, with any of their dependants. The caller and the
     * venue come from the node's caches, the visits go to the group-commit writer: one round trip to the
     * database when no dependants come along.
     */
    public SelfCheckin selfScan(String posterUrl, List<Long> dependantIds, String clientAddress) {
        long me = access.current().personId();
        Venue venue = venueOfPoster(posterUrl, clientAddress);
        List<Visitor> visitors = new ArrayList<>();
        visitors.add(Visitor.person(me));
        for (Long dependantId : dependantIds == null ? List.<Long>of() : dependantIds.stream().distinct().toList()) {
            visitors.add(Visitor.dependant(dependants.requireMine(dependantId).id()));
        }
        var now = clock.instant();
        return new SelfCheckin(venue, selfScans.record(visitors.stream()
                .map(visitor -> new NewVisit(venue, visitor, now, VisitMethod.SELF, null)).toList()));
    }

    /** A registered person's past visit from a register or another system (see CheckIns#importVisit). */
    public long importVisit(long venueId, long personId, Instant arrival, Instant departure, VisitMethod method) {
        partitions.ensureFor(arrival);
        RecordedVisit visit = repository.record(new NewVisit(venues.find(venueId), Visitor.person(personId), arrival,
                method, null));
        if (departure != null) {
            repository.checkOut(visit.id(), personId, List.of(), departure);
        }
        return visit.id();
    }

    /** Staff scan a personal QR (on a screen or on paper, Greenzone's or another app's in the national layout). */
    public RecordedVisit staffScan(long venueId, String qrText) {
        Venue venue = openVenueForStaff(venueId);
        long staff = access.current().personId();
        ScannedQr scanned;
        try {
            scanned = personalQr.read(qrText == null ? "" : qrText.trim());
        } catch (ProblemException refused) {
            limiter.acquire("bad-personal-qr:" + staff, BAD_CODES_PER_HOUR, Duration.ofHours(1), "checkin.too-many-bad-codes");
            throw refused;
        }
        return repository.record(new NewVisit(venue, visitorOf(scanned), clock.instant(), VisitMethod.STAFF, staff));
    }

    /** Staff type in a visitor who has no phone to show a QR on. */
    public RecordedVisit manualEntry(long venueId, String name, String phone, String idNumber) {
        Venue venue = openVenueForStaff(venueId);
        String cleanName = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw ProblemException.badRequest("checkin.name-invalid", MAX_NAME);
        }
        PhoneNumber number = PhoneNumber.parse(phone);
        String id = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
        if (id != null && !id.matches("[0-9A-Z]{8,12}")) {
            throw ProblemException.badRequest("checkin.id-number-invalid");
        }
        var visitor = new Visitor(null, null, cleanName, number.international(), id, null, false);
        return repository.record(new NewVisit(venue, visitor, clock.instant(), VisitMethod.MANUAL,
                access.current().personId()));
    }

    /** Closes one of the signed-in person's visits (or a dependant's); a closed one is returned as it is. */
    public StoredVisit checkOut(long visitId) {
        return repository.checkOut(visitId, access.current().personId(), myDependantIds(), clock.instant())
                .orElseThrow(() -> ProblemException.notFound("checkin.not-found"));
    }

    /** The signed-in person's visits (and their dependants') of the last retention period, newest first. */
    public List<StoredVisit> myVisits(int limit) {
        return repository.recentOf(access.current().personId(), myDependantIds(),
                clock.instant().minus(properties.retention()), limit);
    }

    /** One of the signed-in person's visits (or a dependant's); 404 for anyone else's. */
    public StoredVisit myVisit(long visitId) {
        long me = access.current().personId();
        List<Long> mine = myDependantIds();
        return repository.find(visitId, clock.instant().minus(properties.retention()))
                .filter(visit -> Long.valueOf(me).equals(visit.personId()) || mine.contains(visit.dependantId()))
                .orElseThrow(() -> ProblemException.notFound("checkin.not-found"));
    }

    private List<Long> myDependantIds() {
        return dependants.mine().stream().map(Dependant::id).toList();
    }

    /** A visit just recorded, to show staff whom they scanned. */
    public StoredVisit recorded(RecordedVisit visit) {
        return repository.find(visit.id(), visit.checkedInAt().minusSeconds(1)).orElseThrow();
    }

    /** A venue's visits of the last day, newest first, as stored: callers show them through VisitViews. */
    public List<StoredVisit> recentAt(Venue venue, int limit) {
        return repository.recentAt(venue.id(), clock.instant().minus(Duration.ofDays(1)), limit);
    }

    /** The venue, for its staff, refusing a suspended one: a suspended venue takes no visits. */
    public Venue openVenueForStaff(long venueId) {
        Venue venue = venues.requireStaff(venueId);
        if (venue.suspended()) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue.suspended");
        }
        return venue;
    }

    static Visitor visitorOf(ScannedQr scanned) {
        boolean foreign = scanned.source() == ScannedQr.Source.FOREIGN;
        if (scanned.personId() != null) {
            return new Visitor(scanned.personId(), null, null, null, null, null, foreign);
        }
        if (scanned.dependantId() != null) {
            return Visitor.dependant(scanned.dependantId());
        }
        String name = scanned.fullName() == null ? null : VietnameseText.fold(scanned.fullName()).toUpperCase();
        return new Visitor(null, null, name, mobileOrNull(scanned.phone()), scanned.idNumber(), scanned.birthDate(),
                foreign);
    }

    /** Another app's code may carry any phone text; only a Vietnamese mobile number is kept. */
    private static String mobileOrNull(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(phone).international();
        } catch (ProblemException notAVietnameseMobile) {
            return null;
        }
    }
}
