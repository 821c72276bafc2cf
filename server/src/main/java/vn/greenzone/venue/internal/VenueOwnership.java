package vn.greenzone.venue.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;

/** What only a venue's owner may do: register, edit, suspend, rotate the poster, name staff and devices. */
@Service
public class VenueOwnership {

    /** A device just registered, with the key its owner sees this once. */
    public record NewDevice(Device device, String apiKey) {
    }

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 200;
    static final int MAX_DEVICE_NAME = 60;

    private final VenueRepository repository;
    private final PosterTokens posters;
    private final AccessControl access;
    private final UnitDirectory units;

    VenueOwnership(VenueRepository repository, PosterTokens posters, AccessControl access, UnitDirectory units) {
        this.repository = repository;
        this.posters = posters;
        this.access = access;
        this.units = units;
    }

    /** Registers a venue owned by the signed-in person; 409 when its location already has a QR. */
    public Venue register(VenueDetails details) {
        long owner = access.current().personId();
        VenueRepository.Row row = validated(details);
        return find(repository.insert(row, owner)).venue();
    }

    public Venue edit(long venueId, VenueDetails details) {
        requireOwner(venueId);
        repository.update(venueId, validated(details));
        return find(venueId).venue();
    }

    public Venue setSuspended(long venueId, boolean suspended) {
        requireOwner(venueId);
        repository.setSuspended(venueId, suspended);
        return find(venueId).venue();
    }

    /** Whether visitors must have declared their health today: staff see "not declared" at the scan. */
    public Venue setDeclarationRequired(long venueId, boolean required) {
        requireOwner(venueId);
        repository.setDeclarationRequired(venueId, required);
        return find(venueId).venue();
    }

    /** A new poster; the old ones stop working at once. Returns the new poster URL. */
    public String rotate(long venueId) {
        requireOwner(venueId);
        return posters.url(venueId, repository.rotate(venueId));
    }

    /** The venue, if the signed-in person owns it; 401, 404 or 403 otherwise. */
    public StoredVenue requireOwner(long venueId) {
        long me = access.current().personId();
        StoredVenue stored = find(venueId);
        if (stored.venue().ownerId() != me) {
            throw ProblemException.forbidden();
        }
        return stored;
    }

    /** True when the signed-in person owns the venue (pages show the owner's controls only then). */
    public boolean isOwner(Venue venue) {
        return access.currentIfAny().map(me -> me.personId() == venue.ownerId()).orElse(false);
    }

    // ---------------------------------------------------------------- staff

    /** Authorises a phone number, whether or not its holder has signed up yet; returns it normalised. */
    public PhoneNumber addStaff(long venueId, String typedPhone) {
        requireOwner(venueId);
        PhoneNumber phone = PhoneNumber.parse(typedPhone);
        repository.addStaff(venueId, phone.international());
        return phone;
    }

    public void removeStaff(long venueId, String typedPhone) {
        requireOwner(venueId);
        if (!repository.removeStaff(venueId, PhoneNumber.parse(typedPhone).international())) {
            throw ProblemException.notFound("venue.staff-not-found");
        }
    }

    public List<PhoneNumber> staff(long venueId) {
        requireOwner(venueId);
        return repository.staffPhones(venueId).stream().map(PhoneNumber::new).toList();
    }

    // ---------------------------------------------------------------- devices

    public NewDevice addDevice(long venueId, String name) {
        requireOwner(venueId);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DEVICE_NAME) {
            throw ProblemException.badRequest("device.name-invalid", MAX_DEVICE_NAME);
        }
        String key = DeviceKeys.generate();
        return new NewDevice(repository.addDevice(venueId, trimmed, DeviceKeys.hash(key)), key);
    }

    public List<Device> devices(long venueId) {
        requireOwner(venueId);
        return repository.devices(venueId);
    }

    public void revokeDevice(long venueId, long deviceId) {
        requireOwner(venueId);
        if (!repository.revokeDevice(venueId, deviceId)) {
            throw ProblemException.notFound("device.not-found");
        }
    }

    // ---------------------------------------------------------------- validation

    private VenueRepository.Row validated(VenueDetails details) {
        String name = text(details.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.badRequest("venue.name-invalid", MAX_NAME);
        }
        String branch = text(details.branch());
        if (branch.length() > MAX_NAME) {
            throw ProblemException.badRequest("venue.branch-invalid", MAX_NAME);
        }
        VenueCategory category = category(details.category());
        String unit = commune(details.unitCode());
        String address = text(details.address());
        if (address.isEmpty() || address.length() > MAX_ADDRESS) {
            throw ProblemException.badRequest("venue.address-invalid", MAX_ADDRESS);
        }
        Double latitude = details.latitude();
        Double longitude = details.longitude();
        if ((latitude == null) != (longitude == null)
                || latitude != null && (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180))) {
            throw ProblemException.badRequest("venue.position-invalid");
        }
        PhoneNumber phone = PhoneNumber.parse(details.contactPhone());
        return new VenueRepository.Row(name, branch, category, unit, address, latitude, longitude, phone.international());
    }

    private static VenueCategory category(String typed) {
        try {
            return VenueCategory.valueOf(text(typed));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("venue.category-invalid");
        }
    }

    private String commune(String code) {
        String typed = text(code);
        if (typed.isEmpty()) {
            throw ProblemException.badRequest("venue.unit-not-commune");
        }
        AdministrativeUnit unit = units.find(typed)
                .orElseThrow(() -> ProblemException.badRequest("venue.unit-unknown", typed));
        if (unit.code().equals(AdministrativeUnit.COUNTRY) || !units.children(unit.code()).isEmpty()) {
            throw ProblemException.badRequest("venue.unit-not-commune");
        }
        return unit.code();
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    }

    private StoredVenue find(long venueId) {
        return repository.find(venueId).orElseThrow(() -> ProblemException.notFound("venue.not-found"));
    }
}
