package vn.greenzone.safety.web;

import java.util.HashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.BusinessRegistry;
import vn.greenzone.safety.RegistryEntry;
import vn.greenzone.safety.RegistryStatus;

/** Importing a business-registry list, and the follow-up list of establishments without a registered venue. */
@Controller
class RegistryPageController {

    private final BusinessRegistry registry;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;

    RegistryPageController(BusinessRegistry registry, AccessControl access, UnitDirectory units, FormRefusals refusals) {
        this.registry = registry;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
    }

    @GetMapping("/safety/registry")
    String page(@RequestParam(required = false) String unit, Model model) {
        String unitCode = access.workingUnit(unit, Role.INSPECTOR, Role.UNIT_ADMIN);
        List<RegistryEntry> entries = registry.followUp(unitCode, null);
        var placeNames = new HashMap<String, String>();
        entries.forEach(entry -> placeNames.computeIfAbsent(entry.unitCode(), units::placeName));
        model.addAttribute("unit", unitCode);
        model.addAttribute("placeName", units.placeName(unitCode));
        model.addAttribute("entries", entries);
        model.addAttribute("placeNames", placeNames);
        model.addAttribute("statuses", List.of(RegistryStatus.TO_VISIT, RegistryStatus.REGISTERED, RegistryStatus.CLOSED,
                RegistryStatus.FINED));
        return "safety/registry";
    }

    /** Answers with the page rather than a redirect: the refused rows are shown this once. */
    @PostMapping("/safety/registry")
    String importList(@RequestParam(required = false) String unit, @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response, Model model) {
        String unitCode = access.workingUnit(unit, Role.INSPECTOR, Role.UNIT_ADMIN);
        try {
            model.addAttribute("result", registry.importList(unitCode, file == null ? null : file.getOriginalFilename(),
                    Uploads.bytes(file)));
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
        }
        return page(unitCode, model);
    }

    @PostMapping("/safety/registry/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) RegistryStatus status, HttpServletResponse response, Model model) {
        try {
            RegistryEntry entry = registry.setStatus(id, status);
            String back = unit == null ? entry.unitCode() : access.workingUnit(unit, Role.INSPECTOR, Role.UNIT_ADMIN);
            return "redirect:/safety/registry?unit=" + back + "&saved#follow-up";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return page(unit, model);
        }
    }
}
