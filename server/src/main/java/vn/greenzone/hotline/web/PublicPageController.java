package vn.greenzone.hotline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.hotline.NewItem;
import vn.greenzone.hotline.internal.Catalogue;
import vn.greenzone.hotline.internal.Intake;
import vn.greenzone.hotline.internal.Tracking;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The citizen's pages, signed out: a report through the web, and the state of an item by its tracking code. */
@Controller
class PublicPageController {

    private final Intake intake;
    private final Tracking tracking;
    private final Catalogue catalogue;
    private final FormRefusals refusals;
    private final HotlineProperties properties;

    PublicPageController(Intake intake, Tracking tracking, Catalogue catalogue, FormRefusals refusals,
            HotlineProperties properties) {
        this.intake = intake;
        this.tracking = tracking;
        this.catalogue = catalogue;
        this.refusals = refusals;
        this.properties = properties;
    }

    /** What the citizen typed, shown again with a refusal. */
    record Typed(String categoryCode, String unitCode, String description, String callerPhone) {
    }

    @GetMapping("/hotline/report")
    String reportForm(Model model) {
        return form(new Typed(null, null, "", ""), model);
    }

    @PostMapping("/hotline/report")
    String report(@RequestParam(defaultValue = "") String categoryCode, @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String callerPhone,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Intake.Logged logged = intake.report(new NewItem(categoryCode, unitCode, description, callerPhone, null, null),
                    request.getRemoteAddr());
            response.setStatus(HttpStatus.CREATED.value());
            model.addAttribute("logged", logged);
            model.addAttribute("zone", properties.zone());
            return "hotline/reported";
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
            return form(new Typed(categoryCode, unitCode, description, callerPhone), model);
        }
    }

    private String form(Typed typed, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("categories", catalogue.categories());
        return "hotline/report";
    }

    @GetMapping("/hotline/track")
    String trackForm() {
        return "hotline/track";
    }

    /** A POST, so the code stays out of the address bar, the history and access logs. */
    @PostMapping("/hotline/track")
    String track(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("state", tracking.look(code, request.getRemoteAddr()));
            model.addAttribute("zone", properties.zone());
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
        }
        return "hotline/track";
    }
}
