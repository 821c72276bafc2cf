package vn.greenzone.venue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.SignedInPerson;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.venue.internal.AddressKey;
import vn.greenzone.venue.internal.DeviceKeys;
import vn.greenzone.venue.internal.PosterTokens;
import vn.greenzone.venue.internal.StoredVenue;
import vn.greenzone.venue.internal.VenueRepository;

/** What other modules may ask of venues. */
@Service
public class Venues {

    /** Wrong device keys one client address may present per window before it must wait. */
    private static final int DEVICE_KEY_FAILURES = 20;
    private static final Duration DEVICE_KEY_WINDOW = Duration.ofMinutes(15);

    private final VenueRepository repository;
    private final PosterTokens posters;
    private final AccessControl access;
    private final People people;
    private final RateLimiter rateLimiter;
    private final UnitDirectory units;

    Venues(VenueRepository repository, PosterTokens posters, AccessControl access, People people,
            RateLimiter rateLimiter, UnitDirectory units) {
        this.repository = repository;
        this.posters = posters;
        this.access = access;
        this.people = people;
        this.rateLimiter = rateLimiter;
        this.units = units;
    }

    /** The venue, suspended or not; 404 {@code venue.not-found} when there is none. */
    public Venue find(long id) {
        return stored(id).venue();
    }

    /** The venues with these ids, by id, suspended or not; unknown ids are left out. */
    public Map<Long, Venue> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.findAll(ids).stream()
                .collect(Collectors.toMap(stored -> stored.venue().id(), StoredVenue::venue));
    }

    /** Active venues of a category in these units, by name (quarantine facilities for an enrolment form). */
    public List<Venue> ofCategoryIn(Collection<String> unitCodes, VenueCategory category, int limit) {
        return repository.openOfCategory(category, unitCodes, limit).stream().map(StoredVenue::venue).toList();
    }

    /**
     * The venue a scanned poster points at, accepting the full URL ({@code <base>/c/<token>}) or the
     * bare token. Refuses: {@code venue.qr-malformed} 400 (not a Greenzone poster), {@code venue.qr-forged}
     * 400 (signature does not verify), {@code venue.qr-rotated} 410 (the owner replaced this poster),
     * {@code venue.suspended} 409, {@code venue.not-found} 404.
     */
    public Venue fromPoster(String posterUrlOrToken) {
        PosterTokens.Claim claim = posters.read(posterUrlOrToken);
        // a rotated or suspended poster reaches every node's cache within a second (VenueRepository#findCached)
        StoredVenue stored = repository.findCached(claim.venueId())
                .orElseThrow(() -> ProblemException.notFound("venue.not-found"));
        if (stored.qrVersion() != claim.qrVersion()) {
            throw new ProblemException(HttpStatus.GONE, "venue.qr-rotated");
        }
        if (stored.venue().suspended()) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue.suspended");
        }
        return stored.venue();
    }

    /** The https URL the venue's current poster encodes. */
    public String posterUrl(long venueId) {
        return posters.url(venueId, stored(venueId).qrVersion());
    }

    /** True when the person owns the venue or the owner authorised their phone number as staff. */
    public boolean isStaff(long venueId, long personId) {
        return repository.isStaff(venueId, personId, people.find(personId).phone().international());
    }

    /** The venue, if the signed-in person is its owner or staff; 401 when signed out, 403 otherwise. */
    public Venue requireStaff(long venueId) {
        SignedInPerson me = access.current();
        Venue venue = find(venueId);
        if (!repository.isStaff(venueId, me.personId(), me.phone())) {
            throw ProblemException.forbidden();
        }
        return venue;
    }

    /** Venues the person owns or is staff of, active ones first. */
    public List<Venue> staffedBy(long personId) {
        return repository.staffedBy(personId, people.find(personId).phone().international()).stream()
                .map(StoredVenue::venue).toList();
    }

    /** Venues of these units, suspended or not, by name; at most {@code limit}. */
    public List<Venue> inUnits(Collection<String> unitCodes, int limit) {
        return repository.inUnits(unitCodes, limit, 0).stream().map(StoredVenue::venue).toList();
    }

    /**
     * The venue registered in the unit at this address, folded as the one-QR-per-location rule folds it
     * ("Số 12, Đường Lê Lợi" is "12 d. le loi"), whatever its branch; for matching lists from other registries.
     */
    public Optional<Venue> registeredAt(String unitCode, String address) {
        return repository.atAddress(unitCode, AddressKey.of(address)).map(StoredVenue::venue);
    }

    /** Venues of a category that are not suspended, by name (the quarantine facilities an arriving traveller picks). */
    public List<Venue> openOfCategory(VenueCategory category, int limit) {
        return repository.openOfCategory(category, null, limit).stream().map(StoredVenue::venue).toList();
    }

    /** The device holding this API key; 401 {@code device.key-invalid} when none does (or it was revoked). */
    public DeviceIdentity authenticateDevice(String apiKey, String clientAddress) {
        var device = apiKey == null || apiKey.isBlank() ? Optional.<DeviceIdentity>empty()
                : repository.activeDevice(DeviceKeys.hash(apiKey.strip()));
        if (device.isEmpty()) {
            rateLimiter.acquire("device-key:" + clientAddress, DEVICE_KEY_FAILURES, DEVICE_KEY_WINDOW,
                    "device.too-many-failures");
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "device.key-invalid");
        }
        return device.get();
    }

    /** Venues by category in each child unit of {@code unitCode} (or the unit itself when it has none). */
    public List<VenueCount> countByCategory(String unitCode) {
        units.require(unitCode);
        List<AdministrativeUnit> children = units.children(unitCode);
        var communes = new ArrayList<String>();
        var reporting = new ArrayList<String>();
        for (String reportingUnit : children.isEmpty() ? List.of(unitCode)
                : children.stream().map(AdministrativeUnit::code).toList()) {
            for (String code : units.subtree(reportingUnit)) {
                communes.add(code);
                reporting.add(reportingUnit);
            }
        }
        return repository.countByCategory(communes, reporting);
    }

    private StoredVenue stored(long id) {
        return repository.find(id).orElseThrow(() -> ProblemException.notFound("venue.not-found"));
    }
}
