package vn.greenzone.venue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.venue.internal.OfficialVenues;

/** A unit's venues for its administrators and contact tracers, with the privilege buttons of health officials. */
@Controller
class UnitVenuesPageController {

    private static final int PAGE_SIZE = 50;

    private final OfficialVenues officials;
    private final UnitDirectory units;

    UnitVenuesPageController(OfficialVenues officials, UnitDirectory units) {
        this.officials = officials;
        this.units = units;
    }

    @GetMapping("/admin/units/{code}/venues")
    String venues(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, page);
        model.addAttribute("stats", officials.stats(code));
        model.addAttribute("venuePage", officials.list(code, shown, PAGE_SIZE));
        model.addAttribute("unit", units.require(code));
        model.addAttribute("path", units.path(code));
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("healthOfficial", officials.mayGrantPrivilege(code));
        return "venue/unit-venues";
    }

    @PostMapping("/admin/venues/{id}/privilege")
    String grant(@PathVariable long id, @RequestParam String unit) {
        officials.grantPrivilege(id);
        return "redirect:/admin/units/" + units.require(unit).code() + "/venues?granted";
    }

    @PostMapping("/admin/venues/{id}/privilege/withdraw")
    String withdraw(@PathVariable long id, @RequestParam String unit) {
        officials.withdrawPrivilege(id);
        return "redirect:/admin/units/" + units.require(unit).code() + "/venues?withdrawn";
    }
}
