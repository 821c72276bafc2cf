package vn.greenzone.quarantine.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.identity.Dependants;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.DailyReport;
import vn.greenzone.quarantine.Symptom;
import vn.greenzone.quarantine.internal.DailyReports;
import vn.greenzone.quarantine.internal.QuarantineClock;
import vn.greenzone.quarantine.internal.ReportLinks;
import vn.greenzone.quarantine.internal.ReportRepository;
import vn.greenzone.quarantine.internal.StoredQuarantine;
import vn.greenzone.venue.Venues;

/**
 * The daily report form: opened from the texted link without signing in ({@code /q/<token>}), or from the
 * home page by the signed-in person ({@code /me/quarantine/<id>}). "Healthy" is one tap; symptoms a few more.
 */
@Controller
class ReportPageController {

    private final ReportLinks links;
    private final DailyReports reports;
    private final ReportRepository stored;
    private final Dependants dependants;
    private final Venues venues;
    private final FormRefusals refusals;
    private final QuarantineClock clock;

    ReportPageController(ReportLinks links, DailyReports reports, ReportRepository stored, Dependants dependants,
            Venues venues, FormRefusals refusals, QuarantineClock clock) {
        this.links = links;
        this.reports = reports;
        this.stored = stored;
        this.dependants = dependants;
        this.venues = venues;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The token is in the address: no page it links to may learn it from the Referer. */
    @GetMapping("/q/{token}")
    String byLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        return show(links.open(token, request.getRemoteAddr()), "/q/" + token, model);
    }

    @PostMapping("/q/{token}")
    String reportByLink(@PathVariable String token, @RequestParam(defaultValue = "false") boolean healthy,
            @RequestParam(required = false) Set<Symptom> symptoms, @RequestParam(defaultValue = "") String temperature,
            @RequestParam(defaultValue = "") String note, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            reports.byLink(token, null, request.getRemoteAddr(), report(healthy, symptoms, temperature, note));
            return "redirect:/q/" + token + "?sent";
        } catch (ProblemException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 410) {
                throw refused;
            }
            refusals.show(refused, response, model);
            return show(links.open(token, request.getRemoteAddr()), "/q/" + token, new Typed(symptoms, temperature, note),
                    model);
        }
    }

    @GetMapping("/me/quarantine/{id}")
    String signedIn(@PathVariable long id, Model model) {
        return show(reports.mine(id), "/me/quarantine/" + id, model);
    }

    @PostMapping("/me/quarantine/{id}")
    String reportSignedIn(@PathVariable long id, @RequestParam(defaultValue = "false") boolean healthy,
            @RequestParam(required = false) Set<Symptom> symptoms, @RequestParam(defaultValue = "") String temperature,
            @RequestParam(defaultValue = "") String note, HttpServletResponse response, Model model) {
        try {
            reports.signedIn(id, report(healthy, symptoms, temperature, note));
            return "redirect:/me/quarantine/" + id + "?sent";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return show(reports.mine(id), "/me/quarantine/" + id, new Typed(symptoms, temperature, note), model);
        }
    }

    /** What was typed, shown again with a refusal. */
    record Typed(Set<Symptom> symptoms, String temperature, String note) {
    }

    private String show(StoredQuarantine q, String action, Model model) {
        ReportRepository.Report today = stored.of(q.id()).stream().filter(r -> r.day().equals(clock.today())).findFirst()
                .orElse(null);
        Typed typed = today == null ? new Typed(Set.of(), "", "")
                : new Typed(Set.copyOf(today.symptoms()), today.temperature() == null ? "" : today.temperature().toPlainString(),
                        today.note() == null ? "" : today.note());
        model.addAttribute("today", today);
        return show(q, action, typed, model);
    }

    private String show(StoredQuarantine q, String action, Typed typed, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("action", action);
        model.addAttribute("typed", typed);
        model.addAttribute("symptoms", List.of(Symptom.values()));
        model.addAttribute("about", q.dependantId() == null ? null : Masking.name(dependants.find(q.dependantId()).fullName()));
        model.addAttribute("facility", q.facilityId() == null ? null : venues.find(q.facilityId()).name());
        model.addAttribute("zone", clock.zone());
        return "quarantine/report";
    }

    private static DailyReport report(boolean healthy, Set<Symptom> symptoms, String temperature, String note) {
        return new DailyReport(healthy, symptoms, FormInput.temperature(temperature), note);
    }
}
