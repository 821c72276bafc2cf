package vn.greenzone.tracing.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.TracingViews;

/** The contact tracer's start page: the cases of their unit, and the form that records a case. */
@Controller
class TracingPageController {

    private static final int LIST_SIZE = 200;

    private final CaseService cases;
    private final TracingViews views;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;
    private final TracingProperties properties;

    TracingPageController(CaseService cases, TracingViews views, AccessControl access, UnitDirectory units,
            FormRefusals refusals, TracingProperties properties) {
        this.cases = cases;
        this.views = views;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
        this.properties = properties;
    }

    @GetMapping("/tracing")
    String cases(@RequestParam(required = false) String unit, @RequestParam(required = false) TraceCase.Status status,
            Model model) {
        String code = access.workingUnit(unit, Role.CONTACT_TRACER);
        model.addAttribute("unit", units.require(code));
        model.addAttribute("place", units.placeName(code));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TraceCase.Status.values());
        model.addAttribute("cases", cases.inUnit(code, status, LIST_SIZE).stream()
                .map(c -> views.caseView(c, false, "page /tracing")).toList());
        model.addAttribute("zone", properties.zone());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CaseForm.empty());
        }
        return "tracing/cases";
    }

    @PostMapping("/tracing/cases")
    String record(@ModelAttribute("form") CaseForm form, @RequestParam(required = false) String unit,
            HttpServletResponse response, Model model) {
        try {
            TraceCase recorded = cases.record(form.subject(), PageInput.text(form.unitCode()), form.dates(), form.source(),
                    form.notes());
            return "redirect:/tracing/cases/" + recorded.id() + "?recorded";
        } catch (ProblemException refused) {
            // Here even "not found" (no such person) and "forbidden" (a unit outside theirs) belong on the form.
            refusals.showOrRethrow(refused, response, model, true);
            return cases(unit, null, model);
        }
    }
}
