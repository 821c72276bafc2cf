package vn.greenzone.safety.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.ListedVenue;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.SafetyProperties;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;

/** The owner's self-assessment on a phone, and the officials' list and map of a unit's venues by colour. */
@Controller
class SafetyPageController {

    private static final String ANSWER = "a-";

    private final VenueSafety safety;
    private final AccessControl access;
    private final UnitDirectory units;
    private final SafetyProperties properties;
    private final FormRefusals refusals;

    SafetyPageController(VenueSafety safety, AccessControl access, UnitDirectory units, SafetyProperties properties,
            FormRefusals refusals) {
        this.safety = safety;
        this.access = access;
        this.units = units;
        this.properties = properties;
        this.refusals = refusals;
    }

    @GetMapping("/venues/{id}/safety")
    String assessment(@PathVariable long id, Model model) {
        Venue venue = safety.requireStaff(id);
        model.addAttribute("venue", venue);
        model.addAttribute("state", safety.state(id));
        model.addAttribute("zone", properties.zone());
        model.addAttribute("set", properties.setOf(venue.category()).map(safety::criteriaSet).orElse(null));
        return "safety/assess";
    }

    @PostMapping("/venues/{id}/safety")
    String assess(@PathVariable long id, @RequestParam Map<String, String> parameters, HttpServletResponse response,
            Model model) {
        try {
            safety.assess(id, FormAnswers.of(parameters, ANSWER));
            return "redirect:/venues/" + id + "/safety?saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("answers", FormAnswers.typed(parameters, ANSWER));
            return assessment(id, model);
        }
    }

    @GetMapping("/safety")
    String venues(@RequestParam(required = false) String unit, @RequestParam(required = false) SafetyColour colour,
            @RequestParam(required = false) VenueCategory category, Model model) {
        String unitCode = access.workingUnit(unit, Role.INSPECTOR, Role.CONTACT_TRACER, Role.UNIT_ADMIN);
        // Counted before the colour filter, so the counts still say how many of each there are.
        List<ListedVenue> ofType = safety.ofUnit(unitCode, null, category);
        var counts = new EnumMap<SafetyColour, Integer>(SafetyColour.class);
        ofType.forEach(venue -> counts.merge(venue.safety().colour(), 1, Integer::sum));
        List<ListedVenue> listed = ofType.stream().filter(venue -> colour == null || venue.safety().colour() == colour)
                .toList();
        model.addAttribute("unit", unitCode);
        model.addAttribute("placeName", units.placeName(unitCode));
        model.addAttribute("venues", listed);
        model.addAttribute("counts", counts);
        model.addAttribute("colours", SafetyColour.values());
        model.addAttribute("colour", colour);
        model.addAttribute("categories", VenueCategory.values());
        model.addAttribute("category", category);
        model.addAttribute("zone", properties.zone());
        model.addAttribute("tileUrl", properties.mapTileUrl());
        model.addAttribute("tileAttribution", properties.mapAttribution());
        model.addAttribute("mayInspect", access.mayActOn(Role.INSPECTOR, unitCode));
        model.addAttribute("mayFollowUp", access.mayActOn(Role.INSPECTOR, unitCode)
                || access.mayActOn(Role.UNIT_ADMIN, unitCode));
        return "safety/venues";
    }
}
