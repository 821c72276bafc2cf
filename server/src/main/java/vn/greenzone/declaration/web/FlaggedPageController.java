package vn.greenzone.declaration.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.internal.FlaggedDeclarations;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;

/** The health officials' list of flagged declarations of their unit, masked or (audited) in full. */
@Controller
class FlaggedPageController {

    private final FlaggedDeclarations flagged;
    private final AccessControl access;
    private final UnitDirectory units;
    private final DeclarationViews views;
    private final DeclarationProperties properties;

    FlaggedPageController(FlaggedDeclarations flagged, AccessControl access, UnitDirectory units, DeclarationViews views,
            DeclarationProperties properties) {
        this.flagged = flagged;
        this.access = access;
        this.units = units;
        this.views = views;
        this.properties = properties;
    }

    @GetMapping("/declarations/flagged")
    String list(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean full,
            Locale locale, Model model) {
        String code = access.workingUnit(unit, FlaggedDeclarations.HEALTH_OFFICIALS.toArray(Role[]::new));
        String context = "page /declarations/flagged?unit=" + code + (full ? "&full=true" : "");
        model.addAttribute("rows", views.flagged(flagged.inUnit(code, full, context), locale));
        model.addAttribute("unit", units.require(code));
        model.addAttribute("place", units.placeName(code));
        model.addAttribute("days", properties.flaggedFor().toDays());
        model.addAttribute("full", full);
        return "declaration/flagged";
    }
}
