package vn.greenzone.safety.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.safety.Inspection;
import vn.greenzone.safety.Inspections;
import vn.greenzone.safety.SafetyColour;

/** Inspections of venues: planned, recorded with findings and a verdict, with a photo. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Venue safety")
class InspectionApiController {

    record PlanRequest(@NotNull Long venueId, @NotNull LocalDate plannedFor) {
    }

    record RecordRequest(@NotNull Map<String, Integer> findings, SafetyColour verdict, String note, LocalDate fixBy) {

        Inspections.Findings toFindings() {
            return new Inspections.Findings(findings, verdict, note, fixBy);
        }
    }

    private final Inspections inspections;

    InspectionApiController(Inspections inspections) {
        this.inspections = inspections;
    }

    @PostMapping
    @Operation(summary = "Plan an inspection of a venue (inspectors of its unit)")
    ResponseEntity<Inspection> plan(@Valid @RequestBody PlanRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inspections.plan(request.venueId(), request.plannedFor()));
    }

    @GetMapping
    @Operation(summary = "The inspections of a unit and those below, planned ones first")
    List<Inspection> ofUnit(@RequestParam String unit) {
        return inspections.ofUnit(unit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inspection")
    Inspection one(@PathVariable long id) {
        return inspections.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Record a planned inspection",
            description = "Findings per criterion 0–2; the verdict (GREEN, YELLOW, RED) overrides the self-assessment, "
                    + "else the findings' colour counts.")
    Inspection record(@PathVariable long id, @Valid @RequestBody RecordRequest request) {
        return inspections.record(id, request.toFindings());
    }

    @PutMapping(path = "/{id}/photo", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Attach a photo (JPEG or PNG, checked by its content, at most 5 MB)")
    Inspection photo(@PathVariable long id, @RequestBody(required = false) byte[] photo) {
        return inspections.attachPhoto(id, photo);
    }

    @GetMapping("/{id}/photo")
    @Operation(summary = "The inspection's photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        var photo = inspections.photo(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.type())).body(photo.bytes());
    }
}
