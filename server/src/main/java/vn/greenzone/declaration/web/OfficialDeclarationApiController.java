package vn.greenzone.declaration.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.declaration.DailyDeclarationCount;
import vn.greenzone.declaration.DeclarationStatistics;
import vn.greenzone.declaration.internal.FlaggedDeclarations;

/** Declarations for officials: the flagged list of health officials, and the numbers per day. */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "Health declarations")
class OfficialDeclarationApiController {

    private final FlaggedDeclarations flagged;
    private final DeclarationStatistics statistics;

    OfficialDeclarationApiController(FlaggedDeclarations flagged, DeclarationStatistics statistics) {
        this.flagged = flagged;
        this.statistics = statistics;
    }

    @GetMapping("/flagged")
    @Operation(summary = "Declarations with a symptom, an exposure or a positive test, of people living in a unit",
            description = "For contact tracers and quarantine officers of the unit or above; the last 14 days "
                    + "(greenzone.declaration.flagged-for), newest first. Masked; full=true shows names, ID numbers, "
                    + "phones and streets, each person written to the audit trail first.")
    List<FlaggedDeclarations.Flagged> flagged(@RequestParam String unit, @RequestParam(defaultValue = "false") boolean full) {
        return flagged.inUnit(unit, full, "GET /api/v1/declarations/flagged?unit=" + unit);
    }

    @GetMapping("/stats")
    @Operation(summary = "Declarations per day (Vietnam time), per unit directly below this one, by kind",
            description = "For unit administrators and health officials; at most 92 days; counted by the unit of the "
                    + "contact address.")
    List<DailyDeclarationCount> stats(@RequestParam String unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.perDay(unit, from, to);
    }
}
