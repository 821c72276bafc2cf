package vn.greenzone.organisation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.GroupTargets;
import vn.greenzone.organisation.MemberGroup;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** A unit administrator's targets per organisation group, and the organisations of the unit below them. */
@Controller
class TargetPageController {

    private static final int BELOW_LISTED = 200;

    private final GroupTargets targets;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;

    TargetPageController(GroupTargets targets, AccessControl access, UnitDirectory units, FormRefusals refusals) {
        this.targets = targets;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
    }

    @GetMapping("/organisations/targets")
    String page(@RequestParam(required = false) String unit, Model model) {
        String unitCode = access.workingUnit(unit, Role.UNIT_ADMIN);
        access.require(Role.UNIT_ADMIN, unitCode);
        model.addAttribute("unit", unitCode);
        model.addAttribute("placeName", units.placeName(unitCode));
        model.addAttribute("targets", targets.inForce(unitCode));
        model.addAttribute("belowTarget", targets.belowTarget(unitCode, BELOW_LISTED));
        return "organisation/targets";
    }

    @GetMapping("/organisations/below-target.xlsx")
    ResponseEntity<byte[]> belowTargetWorkbook(@RequestParam String unit, Locale locale) {
        return OrganisationApiController.xlsx("below-target-" + unit, targets.belowTargetWorkbook(unit, locale));
    }

    @PostMapping("/organisations/targets")
    String set(@RequestParam(required = false) String unit, @RequestParam(required = false) MemberGroup group,
            @RequestParam(required = false) String percent, HttpServletResponse response, Model model) {
        String unitCode = access.workingUnit(unit, Role.UNIT_ADMIN);
        try {
            targets.set(unitCode, group, percent(percent));
            return "redirect:/organisations/targets?unit=" + unitCode + "&saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return page(unitCode, model);
        }
    }

    /** Empty inherits again; anything else must be a whole percent. */
    private static Integer percent(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(typed.strip().replace("%", "").strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("organisation.target-invalid");
        }
    }
}
