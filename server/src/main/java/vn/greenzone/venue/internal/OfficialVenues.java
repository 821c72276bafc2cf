package vn.greenzone.venue.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCount;
import vn.greenzone.venue.Venues;

/**
 * What officials see and decide about the venues of their unit: counts, a masked list, and the
 * privilege (full visitor data) that only a health official may grant, never the owner.
 */
@Service
public class OfficialVenues {

    /** A venue as an official's list shows it: the owner masked. */
    public record ListedVenue(Venue venue, String communeName, String ownerName, String ownerPhone) {
    }

    /** A page of venues of a unit and everything below it. */
    public record VenuePage(List<ListedVenue> venues, long total) {
    }

    private final VenueRepository repository;
    private final Venues venues;
    private final AccessControl access;
    private final UnitDirectory units;
    private final People people;
    private final Clock clock;

    OfficialVenues(VenueRepository repository, Venues venues, AccessControl access, UnitDirectory units, People people,
            Clock clock) {
        this.repository = repository;
        this.venues = venues;
        this.access = access;
        this.units = units;
        this.people = people;
        this.clock = clock;
    }

    /** Counts per category and child unit, for the unit's administrators and contact tracers. */
    public List<VenueCount> stats(String unitCode) {
        requireOfficial(unitCode);
        return venues.countByCategory(unitCode);
    }

    public VenuePage list(String unitCode, int page, int size) {
        requireOfficial(unitCode);
        Set<String> subtree = units.subtree(unitCode);
        List<ListedVenue> listed = repository.inUnits(subtree, size, page * size).stream()
                .map(stored -> listed(stored.venue())).toList();
        return new VenuePage(listed, repository.countInUnits(subtree));
    }

    /** True when the signed-in person may grant or withdraw the privilege of venues in this unit. */
    public boolean mayGrantPrivilege(String unitCode) {
        return access.mayActOn(Role.CONTACT_TRACER, unitCode);
    }

    public Venue grantPrivilege(long venueId) {
        Venue venue = requireHealthOfficial(venueId);
        if (!venue.category().mayBePrivileged()) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue.privilege-category");
        }
        repository.setPrivilege(venueId, access.current().personId(), clock.instant());
        return venues.find(venueId);
    }

    public Venue withdrawPrivilege(long venueId) {
        requireHealthOfficial(venueId);
        repository.setPrivilege(venueId, null, null);
        return venues.find(venueId);
    }

    private Venue requireHealthOfficial(long venueId) {
        access.current();
        Venue venue = venues.find(venueId);
        if (!mayGrantPrivilege(venue.unitCode())) {
            throw ProblemException.forbidden();
        }
        return venue;
    }

    private void requireOfficial(String unitCode) {
        access.requireAny(unitCode, Role.UNIT_ADMIN, Role.CONTACT_TRACER);
    }

    private ListedVenue listed(Venue venue) {
        Person owner = people.find(venue.ownerId());
        return new ListedVenue(venue, units.require(venue.unitCode()).name(), Masking.name(owner.fullName()), owner.phone().masked());
    }
}
