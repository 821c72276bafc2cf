package vn.greenzone.tracing.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.tracing.internal.VenueAlertService;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** Risky-venue alerts for tracers: propose a venue and a window, and approve or reject other officials' proposals. */
@Controller
class VenueAlertPageController {

    private final VenueAlertService alerts;
    private final Venues venues;
    private final AccessControl access;
    private final FormRefusals refusals;
    private final TracingProperties properties;

    VenueAlertPageController(VenueAlertService alerts, Venues venues, AccessControl access,
            FormRefusals refusals, TracingProperties properties) {
        this.alerts = alerts;
        this.venues = venues;
        this.access = access;
        this.refusals = refusals;
        this.properties = properties;
    }

    @GetMapping("/tracing/venue-alerts")
    String page(Model model) {
        access.workingUnit(null, Role.CONTACT_TRACER); // only officials with a tracing role see proposals
        List<VenueAlertService.VenueAlert> pending = alerts.pending();
        Map<Long, Venue> byId = venues.findAll(pending.stream().map(VenueAlertService.VenueAlert::venueId)
                .collect(Collectors.toSet()));
        model.addAttribute("pending", pending);
        model.addAttribute("venues", byId);
        model.addAttribute("me", access.current().personId());
        model.addAttribute("types", VenueAlertService.MessageType.values());
        model.addAttribute("zone", properties.zone());
        return "tracing/venue-alerts";
    }

    @PostMapping("/tracing/venue-alerts")
    String propose(@RequestParam(defaultValue = "") String venueId, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) VenueAlertService.MessageType messageType, HttpServletResponse response,
            Model model) {
        try {
            if (PageInput.blank(venueId) || !venueId.strip().matches("\\d{1,18}") || messageType == null
                    || PageInput.blank(from) || PageInput.blank(to)) {
                throw ProblemException.badRequest("venue-alert.fields-required");
            }
            alerts.propose(Long.parseLong(venueId.strip()), PageInput.localDateTime(from, properties.zone()),
                    PageInput.localDateTime(to, properties.zone()), messageType);
            return "redirect:/tracing/venue-alerts?proposed";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            model.addAttribute("errorAt", "propose");
            model.addAttribute("form", Map.of("venueId", venueId, "from", from, "to", to,
                    "messageType", messageType == null ? "" : messageType.name()));
            return page(model);
        }
    }

    @PostMapping("/tracing/venue-alerts/{id}/approval")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            HttpServletResponse response, Model model) {
        try {
            VenueAlertService.VenueAlert decided = alerts.decide(id, approve);
            return "redirect:/tracing/venue-alerts?" + (approve ? "approved=" + decided.notified() : "rejected");
        } catch (ProblemException refused) {
            // The proposer's own approval is refused by the four-eyes rule: that belongs on the page.
            refusals.showOrRethrow(refused, response, model, "venue-alert.own-proposal".equals(refused.code()));
            model.addAttribute("errorAt", "pending");
            return page(model);
        }
    }
}
