package vn.greenzone.reporting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.reporting.ChainState;
import vn.greenzone.reporting.ReportChain;
import vn.greenzone.reporting.NewReport;
import vn.greenzone.reporting.ReportSchedule;
import vn.greenzone.reporting.internal.ReportWorkbook;
import vn.greenzone.reporting.internal.ReportingClock;

/**
 * The reports page of a unit's administrator: the unit's own report of the day (prefilled from the measured
 * figures, or from its last version) and, polled every few seconds, who below it has submitted, is late or is
 * missing; the province's page is its 07:30 consolidated table. Also the province's schedule.
 */
@Controller
class ReportsPageController {

    private final ReportChain reports;
    private final ReportWorkbook workbook;
    private final AccessControl access;
    private final FormRefusals refusals;
    private final ReportingClock clock;

    ReportsPageController(ReportChain reports, ReportWorkbook workbook, AccessControl access, FormRefusals refusals,
            ReportingClock clock) {
        this.reports = reports;
        this.workbook = workbook;
        this.access = access;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day, Model model) {
        ChainState state = reports.state(day(day), access.workingUnit(unit, Role.UNIT_ADMIN, Role.AUDITOR));
        return show(state, prefill(state), model);
    }

    @GetMapping("/reports/live")
    String live(@RequestParam String unit, @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate day, Model model) {
        model.addAttribute("state", reports.state(day, unit));
        return "reporting/fragments :: reporters";
    }

    @GetMapping("/reports/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam String unit,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate day) {
        return ReportsApiController.xlsx(unit, day, workbook.write(reports.state(day, unit)));
    }

    /** Figures are typed as text so that "12a" is refused with the form kept, not lost to a binding error. */
    @PostMapping("/reports/submit")
    String submit(@RequestParam String unit, @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String users, @RequestParam(defaultValue = "") String installs,
            @RequestParam(defaultValue = "") String smartphones, @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response, Model model) {
        var typed = new Typed(users, installs, smartphones, reason);
        try {
            reports.submit(day, unit, NewReport.of(typed.number("users", users), typed.number("installs", installs),
                    typed.number("smartphones", smartphones), reason));
            return "redirect:/reports?unit=" + unit + "&day=" + day + "&sent";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return show(reports.state(day, unit), typed, model);
        }
    }

    @GetMapping("/reports/schedule")
    String schedule(@RequestParam(required = false) String unit, Model model) {
        return showSchedule(reports.schedule(access.workingUnit(unit, Role.UNIT_ADMIN)), model);
    }

    @PostMapping("/reports/schedule")
    String saveSchedule(@RequestParam String unit, @RequestParam(required = false) LocalTime teamDue,
            @RequestParam(required = false) LocalTime unitDue, @RequestParam(required = false) LocalTime districtDue,
            @RequestParam(required = false) LocalTime consolidationDue,
            @RequestParam(required = false) LocalTime publicationDue,
            @RequestParam(defaultValue = "-1") int reminderMinutes, HttpServletResponse response, Model model) {
        var schedule = new ReportSchedule(unit, teamDue, unitDue, districtDue, consolidationDue, publicationDue,
                reminderMinutes, true);
        try {
            ReportSchedule saved = reports.saveSchedule(schedule);
            return "redirect:/reports/schedule?unit=" + saved.provinceCode() + "&saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return showSchedule(schedule, model);
        }
    }

    /** The form as typed; numbers that are not numbers are named in one refusal. */
    record Typed(String users, String installs, String smartphones, String reason) {

        Long number(String field, String text) {
            String digits = text.strip().replace(".", "").replace(",", "");
            if (digits.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException notANumber) {
                throw ProblemException.badFields("reporting.figures-invalid", List.of(field));
            }
        }
    }

    private Typed prefill(ChainState state) {
        if (state.latest() != null) {
            return new Typed(text(state.latest().users()), text(state.latest().installs()),
                    text(state.latest().smartphones()), "");
        }
        if (state.measured() != null) {
            return new Typed(text(state.measured().users()), text(state.measured().installs()),
                    text(state.measured().smartphones()), "");
        }
        return new Typed("", "", "", "");
    }

    private String show(ChainState state, Typed form, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("form", form);
        model.addAttribute("today", clock.today());
        return "reporting/day";
    }

    private static String showSchedule(ReportSchedule schedule, Model model) {
        model.addAttribute("schedule", schedule);
        var times = new java.util.HashMap<String, LocalTime>();
        times.put("teamDue", schedule.teamDue());
        times.put("unitDue", schedule.unitDue());
        times.put("districtDue", schedule.districtDue());
        times.put("consolidationDue", schedule.consolidationDue());
        times.put("publicationDue", schedule.publicationDue());
        model.addAttribute("times", times);
        return "reporting/schedule";
    }

    private LocalDate day(LocalDate requested) {
        return requested == null ? clock.today() : requested;
    }

    private static String text(Long figure) {
        return figure == null ? "" : figure.toString();
    }
}
