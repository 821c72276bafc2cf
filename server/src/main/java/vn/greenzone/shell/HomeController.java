package vn.greenzone.shell;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;

/** The home page: what Greenzone is for a visitor; greeting and roles for a signed-in person. */
@Controller
class HomeController {

    /** A role as the home page lists it. */
    record RoleLine(String labelKey, String unitName) {
    }

    private final AccessControl access;
    private final People people;
    private final UnitDirectory units;

    HomeController(AccessControl access, People people, UnitDirectory units) {
        this.access = access;
        this.people = people;
        this.units = units;
    }

    @GetMapping("/")
    String home(Model model) {
        access.currentIfAny().ifPresent(signedIn -> {
            model.addAttribute("person", people.me());
            List<RoleLine> roles = access.grantsOf(signedIn.personId()).stream()
                    .map(grant -> new RoleLine(grant.role().labelKey(),
                            grant.unitCode() == null ? null : units.require(grant.unitCode()).name()))
                    .toList();
            model.addAttribute("roles", roles);
        });
        return "shell/home";
    }
}
