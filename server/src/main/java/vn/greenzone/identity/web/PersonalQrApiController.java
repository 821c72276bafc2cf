package vn.greenzone.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.PersonalQr;
import vn.greenzone.identity.PersonalQrCodes;

/** The signed-in person's personal QR (and their dependants'), on screen and printed. */
@RestController
@RequestMapping("/api/v1/me/qr")
@Tag(name = "Personal QR")
class PersonalQrApiController {

    private final PersonalQrCodes codes;

    PersonalQrApiController(PersonalQrCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    @Operation(summary = "My current on-screen code", description = "National layout (1405/QĐ-BTTTT) sealed by "
            + "Greenzone; valid 120 s, fetch a new one every 60 s. Refuses qr.profile-incomplete (409) without a "
            + "full name, dependant.not-found (404).")
    PersonalQr current(@RequestParam(required = false) Long dependant) {
        return codes.current(dependant);
    }

    @PostMapping("/printed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Print a long-lived code", description = "Valid until revoked.")
    PersonalQr print(@RequestParam(required = false) Long dependant) {
        return codes.print(dependant);
    }

    @GetMapping("/printed")
    @Operation(summary = "My printed codes that are still valid, my dependants' included")
    List<PersonalQr> printed() {
        return codes.printed();
    }

    @DeleteMapping("/printed/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a printed code", description = "404 qr.printed-not-found unless it is mine or my dependant's.")
    void revoke(@PathVariable long id) {
        codes.revokePrinted(id);
    }
}
