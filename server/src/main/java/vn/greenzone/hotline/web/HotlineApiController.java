package vn.greenzone.hotline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.hotline.NewItem;
import vn.greenzone.hotline.Urgency;
import vn.greenzone.hotline.internal.Catalogue;
import vn.greenzone.hotline.internal.DeskAccess;
import vn.greenzone.hotline.internal.DeskSetup;
import vn.greenzone.hotline.internal.DeskStats;
import vn.greenzone.hotline.internal.DeskViews;
import vn.greenzone.hotline.internal.Intake;
import vn.greenzone.hotline.internal.ItemActions;
import vn.greenzone.hotline.internal.Tracking;

/** The 1022 desk: items, queues, the caller's tracking, statistics, and the supervisor's agencies and rules. */
@RestController
@RequestMapping("/api/v1/hotline")
@Tag(name = "Hotline 1022")
class HotlineApiController {

    record ItemRequest(String categoryCode, String unitCode, String description, String callerPhone, Urgency urgency,
            Instant receivedAt) {

        NewItem item() {
            return new NewItem(categoryCode, unitCode, description, callerPhone, urgency, receivedAt);
        }
    }

    record TrackRequest(String code) {
    }

    record RuleRequest(String categoryCode, String unitCode, Long agencyId) {
    }

    record Created(long id) {
    }

    private final Intake intake;
    private final DeskViews views;
    private final ItemActions actions;
    private final Tracking tracking;
    private final DeskStats stats;
    private final DeskSetup setup;
    private final Catalogue catalogue;
    private final DeskAccess units;

    HotlineApiController(Intake intake, DeskViews views, ItemActions actions, Tracking tracking, DeskStats stats,
            DeskSetup setup, Catalogue catalogue, DeskAccess units) {
        this.intake = intake;
        this.views = views;
        this.actions = actions;
        this.tracking = tracking;
        this.stats = stats;
        this.setup = setup;
        this.catalogue = catalogue;
        this.units = units;
    }

    @PostMapping("/items")
    @Operation(summary = "An operator logs a call, tip or complaint; it is routed, and the caller is texted a tracking code",
            description = "categoryCode (see /categories), unitCode of the place concerned, description (up to 2,000 "
                    + "characters), callerPhone, urgency NORMAL (default) or URGENT, receivedAt for a call written up "
                    + "later (at most 24 h ago). The answer's trackingCode may be read out to the caller. An item no rule "
                    + "routes has status RECEIVED and no agency: it waits in the supervisor's queue.")
    ResponseEntity<Intake.Logged> log(@RequestBody ItemRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.log(request.item()));
    }

    @PostMapping("/reports")
    @Operation(summary = "A citizen's report, signed out: as an operator's item, without urgency; limited per address "
            + "and per phone number")
    ResponseEntity<Intake.Logged> report(@RequestBody ItemRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.report(request.item(), http.getRemoteAddr()));
    }

    @GetMapping("/items")
    @Operation(summary = "A queue of open items, soonest deadline first, with counts: an agency's (agency=id), or a "
            + "unit's desk and below it (unit=code; unrouted=true for the items no rule routed); without either, the "
            + "caller's desk, or the first agency they serve",
            description = "Callers' numbers are masked. red marks items escalated or within the warning time.")
    DeskViews.Queue queue(@RequestParam(required = false) Long agency, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean unrouted) {
        return views.queue(agency, unit, unrouted);
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One item with its history; the caller's number in full for the operator who took the call and "
            + "for supervisors (audited)")
    DeskViews.Item item(@PathVariable long id) {
        return views.item(id);
    }

    @PatchMapping("/items/{id}")
    @Operation(summary = "A new status (ASSIGNED, IN_PROGRESS, HANDLED, CLOSED), a note, or another agency (supervisors)")
    DeskViews.Item change(@PathVariable long id, @RequestBody ItemActions.Change change) {
        actions.change(id, change);
        return views.item(id);
    }

    @PostMapping("/track")
    @Operation(summary = "The caller's view of an item by its tracking code, signed out; limited per address",
            description = "The code is sent in the body, not the address, so it stays out of access logs.")
    Tracking.State track(@RequestBody TrackRequest request, HttpServletRequest http) {
        return tracking.look(request.code(), http.getRemoteAddr());
    }

    @GetMapping("/stats")
    @Operation(summary = "Received, handled on time and late, per agency and per unit directly below, over days from-to "
            + "(both included; the last 30 days by default)")
    DeskStats.Stats stats(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return stats.of(units.workingUnit(unit), from, to);
    }

    @GetMapping("/categories")
    @Operation(summary = "The categories with their names and deadlines (minutes)")
    List<Catalogue.Category> categories() {
        return catalogue.categories();
    }

    @PutMapping("/categories/{code}")
    @Operation(summary = "Adds or changes a category (national administrators)")
    Catalogue.Category saveCategory(@PathVariable String code, @RequestBody Catalogue.Category category) {
        var saved = new Catalogue.Category(code, category.nameVi(), category.nameEn(), category.deadlineMinutes());
        setup.saveCategory(saved);
        return saved;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies a unit's desk may route to: of the unit, below and above it")
    List<Catalogue.Agency> agencies(@RequestParam(required = false) String unit) {
        return setup.agencies(units.workingUnit(unit));
    }

    @PostMapping("/agencies")
    @Operation(summary = "Adds an agency (a named desk of a unit) with its head's and members' phones (the unit's "
            + "administrator)")
    ResponseEntity<Created> addAgency(@RequestBody DeskSetup.NewAgency agency) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(setup.addAgency(agency)));
    }

    @GetMapping("/rules")
    @Operation(summary = "Routing rules that apply on a unit: its own, those above it and those below it")
    List<DeskSetup.RuleView> rules(@RequestParam(required = false) String unit) {
        return setup.rules(units.workingUnit(unit));
    }

    @PutMapping("/rules")
    @Operation(summary = "Routes a category on a unit (and below it, unless a nearer rule says otherwise) to an agency; "
            + "replaces the rule for the same category and unit (the unit's administrator)")
    Created saveRule(@RequestBody RuleRequest rule) {
        return new Created(setup.saveRule(rule.categoryCode(), rule.unitCode(), rule.agencyId()));
    }

    @DeleteMapping("/rules/{id}")
    @Operation(summary = "Removes a rule (the unit's administrator)")
    ResponseEntity<Void> deleteRule(@PathVariable long id) {
        setup.deleteRule(id);
        return ResponseEntity.noContent().build();
    }
}
