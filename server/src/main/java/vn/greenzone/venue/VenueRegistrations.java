package vn.greenzone.venue;

import org.springframework.stereotype.Service;

import vn.greenzone.venue.internal.OfficialVenues;
import vn.greenzone.venue.internal.VenueDetails;
import vn.greenzone.venue.internal.VenueOwnership;

/**
 * Registering venues and granting privilege from other modules (demo data, bulk imports), under the
 * same rules as the pages and the API: the signed-in person becomes the owner, and only a health
 * official of the venue's area may make it privileged.
 */
@Service
public class VenueRegistrations {

    private final VenueOwnership ownership;
    private final OfficialVenues officials;

    VenueRegistrations(VenueOwnership ownership, OfficialVenues officials) {
        this.ownership = ownership;
        this.officials = officials;
    }

    /** Registers a venue for the signed-in person; 409 {@code venue.duplicate-address} if the place has a QR. */
    public Venue register(String name, VenueCategory category, String unitCode, String address, String contactPhone) {
        return ownership.register(new VenueDetails(name, null, category.name(), unitCode, address, null, null, contactPhone));
    }

    /** The owner requires visitors to have declared their health today. */
    public Venue requireDeclaration(long venueId) {
        return ownership.setDeclarationRequired(venueId, true);
    }

    /** Makes the venue privileged, for a health official of its area (403 otherwise). */
    public Venue grantPrivilege(long venueId) {
        return officials.grantPrivilege(venueId);
    }
}
