package vn.greenzone.venue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.venue.VenueCount;
import vn.greenzone.venue.internal.OfficialVenues;

/** Venue reporting for a unit's administrators and contact tracers. */
@RestController
@Tag(name = "Venues")
class UnitVenuesApiController {

    private final OfficialVenues officials;

    UnitVenuesApiController(OfficialVenues officials) {
        this.officials = officials;
    }

    @GetMapping("/api/v1/admin/units/{code}/venues/stats")
    @Operation(summary = "Venues per category in each unit below this one, with how many are suspended")
    List<VenueCount> stats(@PathVariable String code) {
        return officials.stats(code);
    }
}
