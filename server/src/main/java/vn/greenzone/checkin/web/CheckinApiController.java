package vn.greenzone.checkin.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.checkin.Visit;
import vn.greenzone.checkin.internal.CheckinService;
import vn.greenzone.checkin.internal.DeviceScanIngest;
import vn.greenzone.checkin.internal.RecordedVisit;
import vn.greenzone.checkin.internal.StoredVisit;
import vn.greenzone.checkin.internal.VisitViews;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** Check-in for phone apps and reader devices. Every answer comes after the visit is committed. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Check-in")
class CheckinApiController {

    private static final int LIST_SIZE = 100;

    record CheckinRequest(@NotBlank String qr, List<Long> dependants) {
    }

    record ScanRequest(@NotBlank String qr) {
    }

    record ManualRequest(@NotBlank String name, @NotBlank String phone, String idNumber) {
    }

    record DeviceBatch(@NotNull List<DeviceScanIngest.Item> scans) {
    }

    /** One visit recorded; {@code created} is false when the scan was folded into a visit minutes old. */
    record Recorded(long id, long venueId, Instant checkedInAt, boolean created) {

        static Recorded of(RecordedVisit visit, long venueId) {
            return new Recorded(visit.id(), venueId, visit.checkedInAt(), visit.created());
        }
    }

    /** A staff scan: the visit, and the visitor's declaration status when they are registered. */
    record ScanAnswer(long id, long venueId, Instant checkedInAt, boolean created,
            DeclarationAtTheDoor.Declaration declaration) {
    }

    record SelfCheckinAnswer(long venueId, String venueName, String address, Recorded visit, List<Recorded> dependants) {
    }

    record MyVisit(long id, long venueId, Instant checkedInAt, Instant checkedOutAt, boolean checkoutInferred,
            Long dependantId) {

        static MyVisit of(StoredVisit visit) {
            return new MyVisit(visit.id(), visit.venueId(), visit.checkedInAt(), visit.checkedOutAt(),
                    visit.checkoutInferred(), visit.dependantId());
        }
    }

    record ItemAnswer(String eventId, DeviceScanIngest.Outcome outcome, Long visitId, String code, String message) {
    }

    record BatchAnswer(long accepted, long duplicates, long merged, long refused, List<ItemAnswer> results) {
    }

    private final CheckinService checkins;
    private final DeviceScanIngest devices;
    private final VisitViews views;
    private final Venues venues;
    private final AccessControl access;
    private final MessageSource messages;
    private final DeclarationAtTheDoor declarations;

    CheckinApiController(CheckinService checkins, DeviceScanIngest devices, VisitViews views, Venues venues,
            AccessControl access, MessageSource messages, DeclarationAtTheDoor declarations) {
        this.checkins = checkins;
        this.devices = devices;
        this.views = views;
        this.venues = venues;
        this.access = access;
        this.messages = messages;
        this.declarations = declarations;
    }

    @PostMapping("/checkins")
    @Operation(summary = "Check in at the venue of a scanned poster",
            description = "qr is the poster URL (or its token); dependants are ids of the caller's dependants who come along. "
                    + "201 for a new visit, 200 when the scan repeats one made within the last 5 minutes.")
    ResponseEntity<SelfCheckinAnswer> checkIn(@Valid @RequestBody CheckinRequest request, HttpServletRequest http) {
        var result = checkins.selfScan(request.qr(), request.dependants(), http.getRemoteAddr());
        Venue venue = result.venue();
        List<Recorded> visits = result.visits().stream().map(visit -> Recorded.of(visit, venue.id())).toList();
        Recorded own = visits.getFirst();
        return ResponseEntity.status(own.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SelfCheckinAnswer(venue.id(), venue.name(), venue.address(), own, visits.subList(1, visits.size())));
    }

    @PostMapping("/checkins/{id}/checkout")
    @Operation(summary = "Check out of one of the caller's visits (or a dependant's)")
    MyVisit checkOut(@PathVariable long id) {
        return MyVisit.of(checkins.checkOut(id));
    }

    @GetMapping("/me/checkins")
    @Operation(summary = "The caller's and their dependants' recent visits")
    List<MyVisit> mine() {
        return checkins.myVisits(LIST_SIZE).stream().map(MyVisit::of).toList();
    }

    @PostMapping("/venues/{id}/scans")
    @Operation(summary = "Staff scan a visitor's personal QR",
            description = "qr is the text of a personal QR in the national layout, Greenzone's or another app's. "
                    + "declaration says whether a registered visitor declared their health in the last 24 hours and "
                    + "whether anything was flagged (required: the venue asks for a declaration today), never the answers.")
    ResponseEntity<ScanAnswer> scan(@PathVariable long id, @Valid @RequestBody ScanRequest request, Locale locale) {
        RecordedVisit visit = checkins.staffScan(id, request.qr());
        DeclarationAtTheDoor.Declaration declaration = declarations.answer(checkins.recorded(visit), venues.find(id),
                locale).orElse(null);
        return ResponseEntity.status(visit.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ScanAnswer(visit.id(), id, visit.checkedInAt(), visit.created(), declaration));
    }

    @PostMapping("/venues/{id}/manual")
    @Operation(summary = "Staff enter a visitor without a phone by hand")
    ResponseEntity<Recorded> manual(@PathVariable long id, @Valid @RequestBody ManualRequest request) {
        RecordedVisit visit = checkins.manualEntry(id, request.name(), request.phone(), request.idNumber());
        return ResponseEntity.status(visit.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Recorded.of(visit, id));
    }

    @GetMapping("/venues/{id}/checkins")
    @Operation(summary = "Recent visits of a venue, for its staff",
            description = "Masked unless the venue is privileged; every full view is written to the audit trail.")
    List<Visit> list(@PathVariable long id) {
        Venue venue = venues.requireStaff(id);
        return views.show(checkins.recentAt(venue, LIST_SIZE), venue, access.current().personId(), "api list");
    }

    @PostMapping("/devices/scans")
    @Operation(summary = "A reader device sends a batch of scans (at most 1,000)",
            description = "Authenticated by the device's API key in X-Device-Key. Each scan has an eventId unique for "
                    + "the device and the scan time; re-sending a batch creates no duplicates. Items are judged one by one.")
    BatchAnswer deviceScans(@Parameter(description = "The device's API key") @RequestHeader(name = "X-Device-Key",
            defaultValue = "") String key, @Valid @RequestBody DeviceBatch batch, HttpServletRequest http) {
        List<DeviceScanIngest.ItemResult> results = devices.ingest(key, http.getRemoteAddr(), batch.scans());
        Locale locale = LocaleContextHolder.getLocale();
        List<ItemAnswer> answers = results.stream().map(result -> new ItemAnswer(result.eventId(), result.outcome(),
                result.visitId(), result.code(), result.code() == null ? null
                        : messages.getMessage("problem." + result.code(), result.arguments(), result.code(), locale)))
                .toList();
        return new BatchAnswer(count(results, DeviceScanIngest.Outcome.ACCEPTED),
                count(results, DeviceScanIngest.Outcome.DUPLICATE), count(results, DeviceScanIngest.Outcome.MERGED),
                count(results, DeviceScanIngest.Outcome.REFUSED), answers);
    }

    private static long count(List<DeviceScanIngest.ItemResult> results, DeviceScanIngest.Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
