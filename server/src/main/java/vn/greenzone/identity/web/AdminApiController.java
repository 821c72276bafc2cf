package vn.greenzone.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.People;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleAdministration;
import vn.greenzone.platform.ProblemException;

/** Unit administration for administrators, limited to their jurisdiction. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Unit administration")
class AdminApiController {

    static final int MAX_PAGE_SIZE = 200;

    record GrantRequest(@NotBlank String phone, @NotNull Role role) {
    }

    private final People people;
    private final RoleAdministration roles;

    AdminApiController(People people, RoleAdministration roles) {
        this.people = people;
        this.roles = roles;
    }

    @GetMapping("/units/{code}/people")
    @Operation(summary = "Residents of a unit and the units below it, masked")
    People.Residents residents(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("paging.invalid", MAX_PAGE_SIZE);
        }
        return people.residentsOf(code, page, size);
    }

    @GetMapping("/units/{code}/roles")
    @Operation(summary = "Official roles granted on a unit and below")
    List<RoleAdministration.GrantView> grants(@PathVariable String code) {
        return roles.grantsWithin(code);
    }

    @PostMapping("/units/{code}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant an official role on a unit to a phone number")
    RoleAdministration.GrantView grant(@PathVariable String code, @Valid @RequestBody GrantRequest request) {
        return roles.grant(request.phone(), request.role(), code);
    }

    @DeleteMapping("/roles/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a role")
    void revoke(@PathVariable long id) {
        roles.revoke(id);
    }
}
