package vn.greenzone.exposure.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.exposure.internal.UploadCodes;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.Cases;
import vn.greenzone.tracing.TracingProperties;

/**
 * The tracer issues an upload code for a case from its page, and reads it out or sees it was texted; the
 * texted link opens a public page that hands its code to the app.
 */
@Controller
class UploadCodePageController {

    private final UploadCodes codes;
    private final Cases cases;
    private final FormRefusals refusals;
    private final TracingProperties tracing;

    UploadCodePageController(UploadCodes codes, Cases cases, FormRefusals refusals, TracingProperties tracing) {
        this.codes = codes;
        this.cases = cases;
        this.refusals = refusals;
        this.tracing = tracing;
    }

    @GetMapping("/tracing/cases/{id}/exposure-code")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("caseSummary", cases.summary(id));
        model.addAttribute("testTypes", UploadCodes.TestType.values());
        model.addAttribute("zone", tracing.zone());
        return "exposure/code";
    }

    @PostMapping("/tracing/cases/{id}/exposure-code")
    String issue(@PathVariable long id, @RequestParam(required = false) UploadCodes.TestType testType,
            HttpServletResponse response, Model model) {
        try {
            model.addAttribute("issued", codes.issue(id, testType));
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
        }
        return form(id, model);
    }

    /** Checks nothing and uses nothing: a link preview that fetches it must not burn the code. */
    @GetMapping(UploadCodes.SHARE_PATH)
    String share() {
        return "exposure/share";
    }
}
