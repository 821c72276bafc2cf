package vn.greenzone.venue.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;
import vn.greenzone.venue.internal.Device;
import vn.greenzone.venue.internal.OfficialVenues;
import vn.greenzone.venue.internal.VenueDetails;
import vn.greenzone.venue.internal.VenueOwnership;

/** Venues for their owners and staff, and the privilege health officials grant. */
@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues")
class VenueApiController {

    record Registered(long id, String posterUrl, Venue venue) {
    }

    record Poster(String posterUrl) {
    }

    record StaffRequest(String phone) {
    }

    record StaffMember(String phone) {
    }

    record DeviceRequest(String name) {
    }

    record DeclarationRequirement(boolean required) {
    }

    /** The key appears in this answer only; Greenzone keeps its hash. */
    record NewDevice(long id, String name, Instant createdAt, String apiKey) {
    }

    private final Venues venues;
    private final VenueOwnership ownership;
    private final OfficialVenues officials;
    private final AccessControl access;
    private final PosterFiles posterFiles;

    VenueApiController(Venues venues, VenueOwnership ownership, OfficialVenues officials, AccessControl access,
            PosterFiles posterFiles) {
        this.venues = venues;
        this.ownership = ownership;
        this.officials = officials;
        this.access = access;
        this.posterFiles = posterFiles;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a venue; the caller becomes its owner. 409 venue.duplicate-address when the "
            + "location already has a QR (give a distinct branch name)")
    Registered register(@RequestBody VenueDetails details) {
        Venue venue = ownership.register(details);
        return new Registered(venue.id(), venues.posterUrl(venue.id()), venue);
    }

    @GetMapping("/mine")
    @Operation(summary = "Venues I own or am staff of, active ones first")
    List<Venue> mine() {
        return venues.staffedBy(access.current().personId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A venue, for its owner and staff")
    Venue venue(@PathVariable long id) {
        return venues.requireStaff(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a venue (owner only); the one-QR-per-location rule applies")
    Venue edit(@PathVariable long id, @RequestBody VenueDetails details) {
        return ownership.edit(id, details);
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend a venue: its poster is refused until it resumes")
    Venue suspend(@PathVariable long id) {
        return ownership.setSuspended(id, true);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a suspended venue")
    Venue resume(@PathVariable long id) {
        return ownership.setSuspended(id, false);
    }

    @PutMapping("/{id}/declaration-required")
    @Operation(summary = "Require visitors to have declared their health today (owner only)",
            description = "Staff scanning a visitor who has not declared in the last 24 hours then see \"not declared\".")
    Venue requireDeclaration(@PathVariable long id, @RequestBody DeclarationRequirement request) {
        return ownership.setDeclarationRequired(id, request.required());
    }

    @PostMapping("/{id}/rotate")
    @Operation(summary = "Replace the poster: the old one is refused at once with 410 venue.qr-rotated")
    Poster rotate(@PathVariable long id) {
        return new Poster(ownership.rotate(id));
    }

    @GetMapping("/{id}/poster.pdf")
    @Operation(summary = "The A4 poster to print (owner or staff)")
    ResponseEntity<byte[]> posterPdf(@PathVariable long id) {
        return posterFiles.pdf(id);
    }

    @GetMapping("/{id}/poster.png")
    @Operation(summary = "The poster's QR code as an image (owner or staff)")
    ResponseEntity<byte[]> posterPng(@PathVariable long id) {
        return posterFiles.png(id);
    }

    @PostMapping("/{id}/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Authorise a phone number as staff; its holder need not have signed up yet")
    StaffMember addStaff(@PathVariable long id, @RequestBody StaffRequest request) {
        return new StaffMember(ownership.addStaff(id, request.phone()).national());
    }

    @GetMapping("/{id}/staff")
    @Operation(summary = "The venue's staff (owner only)")
    List<StaffMember> staff(@PathVariable long id) {
        return ownership.staff(id).stream().map(phone -> new StaffMember(phone.national())).toList();
    }

    @DeleteMapping("/{id}/staff/{phone}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a staff member")
    void removeStaff(@PathVariable long id, @PathVariable String phone) {
        ownership.removeStaff(id, phone);
    }

    @PostMapping("/{id}/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a reader device; the answer shows its API key this once")
    NewDevice addDevice(@PathVariable long id, @RequestBody DeviceRequest request) {
        VenueOwnership.NewDevice added = ownership.addDevice(id, request.name());
        return new NewDevice(added.device().id(), added.device().name(), added.device().createdAt(), added.apiKey());
    }

    @GetMapping("/{id}/devices")
    @Operation(summary = "The venue's reader devices, without their keys")
    List<Device> devices(@PathVariable long id) {
        return ownership.devices(id);
    }

    @DeleteMapping("/{id}/devices/{deviceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a reader device: its key stops working at once")
    void revokeDevice(@PathVariable long id, @PathVariable long deviceId) {
        ownership.revokeDevice(id, deviceId);
    }

    @PostMapping("/{id}/privilege")
    @Operation(summary = "Make a venue privileged (health officials of its area only; hospitals, checkpoints and "
            + "quarantine facilities only)")
    Venue grantPrivilege(@PathVariable long id) {
        return officials.grantPrivilege(id);
    }

    @DeleteMapping("/{id}/privilege")
    @Operation(summary = "Withdraw a venue's privilege")
    Venue withdrawPrivilege(@PathVariable long id) {
        return officials.withdrawPrivilege(id);
    }
}
