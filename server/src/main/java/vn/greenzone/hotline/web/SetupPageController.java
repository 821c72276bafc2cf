package vn.greenzone.hotline.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.hotline.internal.Catalogue;
import vn.greenzone.hotline.internal.DeskAccess;
import vn.greenzone.hotline.internal.DeskSetup;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The supervisor's page: the agencies a unit's desk routes to and the rules that choose them. */
@Controller
class SetupPageController {

    private final DeskSetup setup;
    private final DeskAccess desk;
    private final Catalogue catalogue;
    private final FormRefusals refusals;

    SetupPageController(DeskSetup setup, DeskAccess desk, Catalogue catalogue, FormRefusals refusals) {
        this.setup = setup;
        this.desk = desk;
        this.catalogue = catalogue;
        this.refusals = refusals;
    }

    @GetMapping("/hotline/setup")
    String page(@RequestParam(required = false) String unit, Model model) {
        return show(desk.workingUnit(unit), model);
    }

    /** Member phones are typed one per line or separated by commas. */
    @PostMapping("/hotline/setup/agencies")
    String addAgency(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String headPhone,
            @RequestParam(defaultValue = "") String memberPhones, HttpServletResponse response, Model model) {
        String deskUnit = desk.workingUnit(unit);
        try {
            List<String> members = Arrays.stream(memberPhones.split("[,;\\n]")).map(String::strip)
                    .filter(phone -> !phone.isEmpty()).toList();
            setup.addAgency(new DeskSetup.NewAgency(unitCode, name, headPhone, members));
            return "redirect:/hotline/setup?unit=" + deskUnit + "&saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            return show(deskUnit, model);
        }
    }

    @PostMapping("/hotline/setup/rules")
    String saveRule(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "") String categoryCode,
            @RequestParam(defaultValue = "") String ruleUnit, @RequestParam(required = false) Long agencyId,
            HttpServletResponse response, Model model) {
        String deskUnit = desk.workingUnit(unit);
        try {
            setup.saveRule(categoryCode, ruleUnit, agencyId);
            return "redirect:/hotline/setup?unit=" + deskUnit + "&saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            return show(deskUnit, model);
        }
    }

    @PostMapping("/hotline/setup/rules/{id}/delete")
    String deleteRule(@PathVariable long id, @RequestParam(required = false) String unit) {
        setup.deleteRule(id);
        return "redirect:/hotline/setup?unit=" + desk.workingUnit(unit) + "&saved";
    }

    private String show(String deskUnit, Model model) {
        model.addAttribute("deskUnit", deskUnit);
        model.addAttribute("agencies", setup.agencies(deskUnit));
        model.addAttribute("rules", setup.rules(deskUnit));
        List<Catalogue.Category> categories = catalogue.categories();
        model.addAttribute("categories", categories);
        model.addAttribute("categoryNames", categories.stream().collect(java.util.stream.Collectors.toMap(
                Catalogue.Category::code, category -> category.name(LocaleContextHolder.getLocale()))));
        model.addAttribute("supervisor", desk.supervises(deskUnit));
        return "hotline/setup";
    }
}
