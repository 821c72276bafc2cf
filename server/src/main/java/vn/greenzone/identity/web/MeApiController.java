package vn.greenzone.identity.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;

/** The signed-in person's own profile and roles: their own data, so shown in full. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me")
class MeApiController {

    record GrantSummary(Role role, String unitCode, String unitName) {
    }

    record Me(long id, String phone, String fullName, LocalDate birthDate, Gender gender, String idNumber,
            String residenceUnit, List<GrantSummary> roles) {
    }

    private final People people;
    private final AccessControl access;
    private final UnitDirectory units;

    MeApiController(People people, AccessControl access, UnitDirectory units) {
        this.people = people;
        this.access = access;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Who am I")
    Me me() {
        return view(people.me());
    }

    @PutMapping
    @Operation(summary = "Update my profile")
    Me update(@RequestBody ProfileRequest profile) {
        return view(people.updateMyProfile(profile.fullName(), profile.birthDate(), profile.gender(),
                profile.idNumber(), profile.residenceUnit()));
    }

    private Me view(Person person) {
        List<GrantSummary> roles = access.grantsOf(person.id()).stream()
                .map(grant -> new GrantSummary(grant.role(), grant.unitCode(),
                        grant.unitCode() == null ? null : units.require(grant.unitCode()).name()))
                .toList();
        return new Me(person.id(), person.phone().international(), person.fullName(), person.birthDate(),
                person.gender(), person.idNumber(), person.residenceUnit(), roles);
    }
}
