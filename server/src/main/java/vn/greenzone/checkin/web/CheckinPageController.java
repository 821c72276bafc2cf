package vn.greenzone.checkin.web;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.checkin.CheckinStatistics;
import vn.greenzone.checkin.internal.CheckinService;
import vn.greenzone.checkin.internal.StoredVisit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.safety.SafetyProperties;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * What a visitor's phone camera opens: the poster's page ({@code /c/<token>}), one tap to check in,
 * and a confirmation with a large mark staff can see from the door.
 */
@Controller
class CheckinPageController {

    /** A visit as the visitor's own pages show it, times in Vietnam time. */
    record VisitLine(long id, Venue venue, ZonedDateTime checkedInAt, ZonedDateTime checkedOutAt, boolean inferred,
            String dependantName) {
    }

    private final CheckinService checkins;
    private final Venues venues;
    private final Dependants dependants;
    private final UnitDirectory units;
    private final AccessControl access;
    private final VenueSafety safety;
    private final SafetyProperties safetyProperties;

    CheckinPageController(CheckinService checkins, Venues venues, Dependants dependants, UnitDirectory units,
            AccessControl access, VenueSafety safety, SafetyProperties safetyProperties) {
        this.checkins = checkins;
        this.venues = venues;
        this.dependants = dependants;
        this.units = units;
        this.access = access;
        this.safety = safety;
        this.safetyProperties = safetyProperties;
    }

    @GetMapping("/c/{token}")
    String poster(@PathVariable String token, HttpServletRequest request, Model model) {
        Venue venue = checkins.venueOfPoster(token, request.getRemoteAddr());
        model.addAttribute("venue", venue);
        model.addAttribute("place", units.placeName(venue.unitCode()));
        model.addAttribute("token", token);
        model.addAttribute("safety", safety.state(venue.id()));
        model.addAttribute("zone", safetyProperties.zone());
        boolean signedIn = access.currentIfAny().isPresent();
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("dependants", signedIn ? dependants.mine() : List.of());
        return "checkin/poster";
    }

    @PostMapping("/c/{token}")
    String checkIn(@PathVariable String token, @RequestParam(name = "dependant", required = false) List<Long> dependantIds,
            HttpServletRequest request) {
        var result = checkins.selfScan(token, dependantIds, request.getRemoteAddr());
        return "redirect:/checkins/" + result.visits().getFirst().id() + "?with=" + (result.visits().size() - 1);
    }

    @GetMapping("/checkins/{id}")
    String confirmation(@PathVariable long id, @RequestParam(defaultValue = "0") int with, Model model) {
        VisitLine visit = lines(List.of(checkins.myVisit(id))).getFirst();
        model.addAttribute("visit", visit);
        model.addAttribute("place", units.placeName(visit.venue().unitCode()));
        model.addAttribute("with", Math.max(0, with));
        return "checkin/confirmation";
    }

    @PostMapping("/checkins/{id}/checkout")
    String checkOut(@PathVariable long id) {
        checkins.checkOut(id);
        return "redirect:/checkins/" + id;
    }

    @GetMapping("/checkins")
    String mine(Model model) {
        model.addAttribute("visits", lines(checkins.myVisits(100)));
        return "checkin/mine";
    }

    /** The visits with their venues and dependants' names, each looked up once. */
    private List<VisitLine> lines(List<StoredVisit> visits) {
        Map<Long, String> dependantNames = dependants.mine().stream()
                .collect(Collectors.toMap(Dependant::id, Dependant::fullName));
        Map<Long, Venue> venueById = new HashMap<>();
        return visits.stream().map(visit -> new VisitLine(visit.id(),
                venueById.computeIfAbsent(visit.venueId(), venues::find), local(visit.checkedInAt()),
                visit.checkedOutAt() == null ? null : local(visit.checkedOutAt()), visit.checkoutInferred(),
                visit.dependantId() == null ? null : dependantNames.get(visit.dependantId()))).toList();
    }

    static ZonedDateTime local(java.time.Instant instant) {
        return instant.atZone(CheckinStatistics.ZONE);
    }
}
