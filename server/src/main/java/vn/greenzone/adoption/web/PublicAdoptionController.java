package vn.greenzone.adoption.web;


import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.greenzone.adoption.AdoptionProperties;
import vn.greenzone.adoption.internal.AdoptionWorkbooks;
import vn.greenzone.adoption.internal.Publications;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.ProblemException;

/**
 * The public page, no sign-in: a province's installs ÷ smartphones per district as of its last morning publication;
 * for the country, the list of provinces to choose from.
 */
@Controller
class PublicAdoptionController {

    private final Publications publications;
    private final AdoptionWorkbooks workbooks;
    private final UnitDirectory units;
    private final AdoptionProperties properties;

    PublicAdoptionController(Publications publications, AdoptionWorkbooks workbooks, UnitDirectory units,
            AdoptionProperties properties) {
        this.properties = properties;
        this.publications = publications;
        this.workbooks = workbooks;
        this.units = units;
    }

    @GetMapping("/units/{code}/adoption")
    String published(@PathVariable String code, Model model) {
        if (AdministrativeUnit.COUNTRY.equals(units.require(code).code())) {
            model.addAttribute("provinces", units.children(AdministrativeUnit.COUNTRY));
            return "adoption/provinces";
        }
        model.addAttribute("province", publications.provinceOf(code));
        model.addAttribute("published", publications.latest(code).orElse(null));
        model.addAttribute("zone", properties.zone());
        return "adoption/public";
    }

    @GetMapping("/units/{code}/adoption.xlsx")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        Publications.Published published = publications.latest(code)
                .orElseThrow(() -> ProblemException.notFound("adoption.nothing-published"));
        return AdoptionPageController.xlsx("adoption-" + published.province().code() + "-" + published.day() + ".xlsx",
                workbooks.published(published));
    }

}
