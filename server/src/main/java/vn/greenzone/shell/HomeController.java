package vn.greenzone.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.greenzone.declaration.DeclarationStatus;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.quarantine.Quarantines;
import vn.greenzone.tracing.Alerts;
import vn.greenzone.tracing.TracingProperties;

/** The home page: what Greenzone is for a visitor; notices, quarantine, greeting and roles for a signed-in person. */
@Controller
class HomeController {

    /** A role as the home page lists it. */
    record RoleLine(String labelKey, String unitName) {
    }

    private final AccessControl access;
    private final People people;
    private final UnitDirectory units;
    private final Alerts alerts;
    private final TracingProperties tracing;
    private final DeclarationStatus declarations;
    private final Quarantines quarantines;

    HomeController(AccessControl access, People people, UnitDirectory units, Alerts alerts, TracingProperties tracing,
            DeclarationStatus declarations, Quarantines quarantines) {
        this.access = access;
        this.people = people;
        this.units = units;
        this.alerts = alerts;
        this.tracing = tracing;
        this.declarations = declarations;
        this.quarantines = quarantines;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        access.currentIfAny().ifPresent(signedIn -> {
            model.addAttribute("person", people.me());
            // They were a close contact, or at a risky venue: first thing on the page.
            model.addAttribute("alerts", alerts.mine(locale));
            model.addAttribute("zone", tracing.zone());
            model.addAttribute("declaration", declarations.describe(declarations.ofPerson(signedIn.personId()), false,
                    locale));
            // In quarantine (or a dependant is): today's report is one tap away.
            model.addAttribute("quarantines", quarantines.mine());
            List<RoleLine> roles = access.grantsOf(signedIn.personId()).stream()
                    .map(grant -> new RoleLine(grant.role().labelKey(),
                            grant.unitCode() == null ? null : units.require(grant.unitCode()).name()))
                    .toList();
            model.addAttribute("roles", roles);
        });
        return "shell/home";
    }
}
