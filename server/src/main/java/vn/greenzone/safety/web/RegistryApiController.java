package vn.greenzone.safety.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.safety.BusinessRegistry;
import vn.greenzone.safety.RegistryEntry;
import vn.greenzone.safety.RegistryImport;
import vn.greenzone.safety.RegistryStatus;

/** Business-registry lists imported, and the establishments without a registered venue followed up. */
@RestController
@RequestMapping("/api/v1/safety")
@Tag(name = "Venue safety")
class RegistryApiController {

    record StatusRequest(@NotNull RegistryStatus status) {
    }

    private final BusinessRegistry registry;

    RegistryApiController(BusinessRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(path = "/registry-imports", consumes = {"text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Import a list of establishments (CSV or .xlsx: name, address, unit code, sector)",
            description = "Rows refused are answered with the reason; a file refused as a whole stores nothing.")
    ResponseEntity<RegistryImport> importList(@RequestParam String unit,
            @RequestParam(required = false) String fileName, @RequestBody(required = false) byte[] file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registry.importList(unit, fileName, file));
    }

    @GetMapping("/unregistered")
    @Operation(summary = "Establishments of a unit with no registered venue, with their follow-up status")
    List<RegistryEntry> unregistered(@RequestParam String unit, @RequestParam(required = false) RegistryStatus status) {
        return registry.followUp(unit, status);
    }

    @PutMapping("/unregistered/{id}")
    @Operation(summary = "Set the follow-up status: TO_VISIT, REGISTERED, CLOSED or FINED")
    RegistryEntry status(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        return registry.setStatus(id, request.status());
    }
}
