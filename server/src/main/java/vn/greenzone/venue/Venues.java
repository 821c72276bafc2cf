package vn.greenzone.venue;

import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may ask of venues. */
@Service
public class Venues {

    /** The venue, suspended or not; 404 {@code venue.not-found} when there is none. */
    public Venue find(long id) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /**
     * The venue a scanned poster points at, accepting the full URL ({@code <base>/c/<token>}) or the
     * bare token. Refuses: {@code venue.qr-malformed} 400 (not a Greenzone poster), {@code venue.qr-forged}
     * 400 (signature does not verify), {@code venue.qr-rotated} 410 (the owner replaced this poster),
     * {@code venue.suspended} 409, {@code venue.not-found} 404.
     */
    public Venue fromPoster(String posterUrlOrToken) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** The https URL the venue's current poster encodes. */
    public String posterUrl(long venueId) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** True when the person owns the venue or the owner authorised their phone number as staff. */
    public boolean isStaff(long venueId, long personId) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** The venue, if the signed-in person is its owner or staff; 401 when signed out, 403 otherwise. */
    public Venue requireStaff(long venueId) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** Venues the person owns or is staff of, active ones first. */
    public List<Venue> staffedBy(long personId) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** The device holding this API key; 401 {@code device.key-invalid} when none does (or it was revoked). */
    public DeviceIdentity authenticateDevice(String apiKey, String clientAddress) {
        throw new UnsupportedOperationException("TODO venue helper");
    }

    /** Venues by category in each child unit of {@code unitCode} (or the unit itself when it has none). */
    public List<VenueCount> countByCategory(String unitCode) {
        throw new UnsupportedOperationException("TODO venue helper");
    }
}
