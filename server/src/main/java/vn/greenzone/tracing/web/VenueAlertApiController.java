package vn.greenzone.tracing.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.tracing.Alerts;
import vn.greenzone.tracing.internal.VenueAlertService;

/** Risky-venue alerts (proposed, approved by a second official), the public list, and a person's notices. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact tracing")
class VenueAlertApiController {

    record ProposalRequest(@NotNull Long venueId, @NotNull Instant from, @NotNull Instant to,
            @NotNull VenueAlertService.MessageType messageType) {
    }

    record ApprovalRequest(@NotNull Boolean approve) {
    }

    private final VenueAlertService alerts;
    private final Alerts myAlerts;
    private final RiskyVenues riskyVenues;

    VenueAlertApiController(VenueAlertService alerts, Alerts myAlerts, RiskyVenues riskyVenues) {
        this.alerts = alerts;
        this.myAlerts = myAlerts;
        this.riskyVenues = riskyVenues;
    }

    @PostMapping("/venue-alerts")
    @Operation(summary = "Propose a risky venue and time window; another official must approve it")
    ResponseEntity<VenueAlertService.VenueAlert> propose(@Valid @RequestBody ProposalRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(alerts.propose(request.venueId(), request.from(), request.to(), request.messageType()));
    }

    @GetMapping("/venue-alerts")
    @Operation(summary = "Proposals waiting for approval within the caller's units")
    List<VenueAlertService.VenueAlert> pending() {
        return alerts.pending();
    }

    @PostMapping("/venue-alerts/{id}/approval")
    @Operation(summary = "Approve (notifying everyone who was there in the window) or reject a proposal",
            description = "The proposer cannot approve their own proposal.")
    VenueAlertService.VenueAlert decide(@PathVariable long id, @Valid @RequestBody ApprovalRequest request) {
        return alerts.decide(id, request.approve());
    }

    @GetMapping("/risky-venues")
    @Operation(summary = "Approved risky venues and times of the last two weeks (public, no personal data)")
    List<RiskyVenues.RiskyVenue> risky() {
        return riskyVenues.published(LocaleContextHolder.getLocale());
    }

    @GetMapping("/me/alerts")
    @Operation(summary = "The caller's notices: they were a close contact, or at a risky venue")
    List<Alerts.Alert> mine() {
        return myAlerts.mine(LocaleContextHolder.getLocale());
    }
}
