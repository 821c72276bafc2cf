package vn.greenzone.safety.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.safety.ListedVenue;
import vn.greenzone.safety.RiskBand;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.SafetyProperties;
import vn.greenzone.safety.SafetyState;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.venue.VenueCategory;

/** Criteria sets, a venue's self-assessment and current colour, and the venues of a unit by colour. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Venue safety")
class SafetyApiController {

    record AssessmentRequest(@NotNull Map<String, Integer> answers) {
    }

    /** A venue on the officials' list: where it is and how safe, no person. */
    record SafeVenue(long venueId, String name, VenueCategory category, String unitCode, String address,
            Double latitude, Double longitude, SafetyColour colour, Integer score, RiskBand riskBand, Instant ratedAt,
            Instant dueAt, boolean byInspection) {

        static SafeVenue of(ListedVenue listed) {
            var venue = listed.venue();
            SafetyState safety = listed.safety();
            return new SafeVenue(venue.id(), venue.name(), venue.category(), venue.unitCode(), venue.address(),
                    venue.latitude(), venue.longitude(), safety.colour(), safety.score(), safety.riskBand(),
                    safety.ratedAt(), safety.dueAt(), safety.byInspection());
        }
    }

    private final VenueSafety safety;
    private final SafetyProperties properties;

    SafetyApiController(VenueSafety safety, SafetyProperties properties) {
        this.safety = safety;
        this.properties = properties;
    }

    @GetMapping("/safety/criteria-sets")
    @Operation(summary = "The criteria sets by key, and which venue category answers which set")
    Map<String, Object> criteriaSets() {
        return Map.of("criteriaSets", properties.criteriaSets(), "categories", properties.categories());
    }

    @GetMapping("/safety/criteria-sets/{key}")
    @Operation(summary = "One criteria set: criteria with keys, weights and texts in Vietnamese and English")
    SafetyProperties.CriteriaSet criteriaSet(@PathVariable String key) {
        return safety.criteriaSet(key);
    }

    @GetMapping("/venues/{id}/safety")
    @Operation(summary = "A venue's current safety colour, score and when it is due again")
    SafetyState state(@PathVariable long id) {
        return safety.state(id);
    }

    @PostMapping("/venues/{id}/safety")
    @Operation(summary = "The owner's or staff's self-assessment",
            description = "Every criterion of the venue's set answered 0 (not met), 1 (partly) or 2 (met).")
    ResponseEntity<SafetyState> assess(@PathVariable long id, @Valid @RequestBody AssessmentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(safety.assess(id, request.answers()));
    }

    @GetMapping("/safety/venues")
    @Operation(summary = "The venues of a unit and those below with their colour, for its officials",
            description = "Filtered by colour and category when given.")
    List<SafeVenue> venues(@RequestParam String unit, @RequestParam(required = false) SafetyColour colour,
            @RequestParam(required = false) VenueCategory category) {
        return safety.ofUnit(unit, colour, category).stream().map(SafeVenue::of).toList();
    }
}
