package vn.greenzone.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;

/** The signed-in person's dependants: people without a phone whose QR they hold. */
@RestController
@RequestMapping("/api/v1/me/dependants")
@Tag(name = "Me")
class DependantApiController {

    private final Dependants dependants;

    DependantApiController(Dependants dependants) {
        this.dependants = dependants;
    }

    @GetMapping
    @Operation(summary = "My dependants")
    List<Dependant> mine() {
        return dependants.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare a dependant", description = "Refuses person.name-invalid, person.birth-date-invalid, "
            + "person.id-number-invalid, dependant.relationship-invalid (400) and dependant.too-many (409).")
    Dependant declare(@RequestBody DependantRequest request) {
        return dependants.declare(request.fullName(), request.birthDate(), request.gender(), request.idNumber(),
                request.relationship());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a dependant", description = "Also revokes their printed codes; 404 dependant.not-found "
            + "for someone else's dependant.")
    void remove(@PathVariable long id) {
        dependants.remove(id);
    }
}
