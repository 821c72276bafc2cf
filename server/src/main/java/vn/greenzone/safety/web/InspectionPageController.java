package vn.greenzone.safety.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.Inspection;
import vn.greenzone.safety.Inspections;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.SafetyProperties;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** A venue for its inspectors: current colour, inspections, the form to record one at the venue, planning. */
@Controller
class InspectionPageController {

    private static final String FINDING = "f-";

    private final Inspections inspections;
    private final VenueSafety safety;
    private final Venues venues;
    private final UnitDirectory units;
    private final SafetyProperties properties;
    private final FormRefusals refusals;

    InspectionPageController(Inspections inspections, VenueSafety safety, Venues venues, UnitDirectory units,
            SafetyProperties properties, FormRefusals refusals) {
        this.inspections = inspections;
        this.safety = safety;
        this.venues = venues;
        this.units = units;
        this.properties = properties;
        this.refusals = refusals;
    }

    @GetMapping("/safety/venues/{id}")
    String venue(@PathVariable long id, Model model) {
        List<Inspection> ofVenue = inspections.ofVenue(id);
        Venue venue = venues.find(id);
        model.addAttribute("venue", venue);
        model.addAttribute("placeName", units.placeName(venue.unitCode()));
        model.addAttribute("state", safety.state(id));
        model.addAttribute("inspections", ofVenue);
        model.addAttribute("nextPlanned", ofVenue.stream().filter(inspection -> inspection.inspectedAt() == null)
                .min(java.util.Comparator.comparing(Inspection::plannedFor)).orElse(null));
        model.addAttribute("set", properties.setOf(venue.category()).map(safety::criteriaSet).orElse(null));
        model.addAttribute("verdicts", List.of(SafetyColour.GREEN, SafetyColour.YELLOW, SafetyColour.RED));
        model.addAttribute("zone", properties.zone());
        return "safety/venue";
    }

    @PostMapping("/safety/venues/{id}/inspections")
    String inspect(@PathVariable long id, @RequestParam Map<String, String> parameters,
            @RequestParam(required = false) Long inspectionId, @RequestParam(required = false) SafetyColour verdict,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate fixBy,
            @RequestParam(required = false) MultipartFile photo, HttpServletResponse response, Model model) {
        try {
            inspections.inspect(id, inspectionId, new Inspections.Findings(FormAnswers.of(parameters, FINDING), verdict,
                    note, fixBy), Uploads.bytes(photo));
            return "redirect:/safety/venues/" + id + "?recorded";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("findings", FormAnswers.typed(parameters, FINDING));
            model.addAttribute("verdict", verdict);
            model.addAttribute("note", note);
            model.addAttribute("fixBy", fixBy);
            return venue(id, model);
        }
    }

    @PostMapping("/safety/venues/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) LocalDate plannedFor,
            HttpServletResponse response, Model model) {
        try {
            inspections.plan(id, plannedFor);
            return "redirect:/safety/venues/" + id + "?planned";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return venue(id, model);
        }
    }

    @GetMapping("/safety/inspections/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        var photo = inspections.photo(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.type())).body(photo.bytes());
    }
}
