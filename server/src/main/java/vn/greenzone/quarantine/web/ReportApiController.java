package vn.greenzone.quarantine.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.quarantine.DailyReport;
import vn.greenzone.quarantine.Quarantines;
import vn.greenzone.quarantine.Symptom;
import vn.greenzone.quarantine.internal.DailyReports;

/** The person's side: the daily report (signed in, or with the texted link's token) and their quarantines. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quarantine")
class ReportApiController {

    record ReportRequest(String token, Boolean healthy, Set<Symptom> symptoms, BigDecimal temperature, String note) {

        DailyReport report() {
            return new DailyReport(Boolean.TRUE.equals(healthy), symptoms, temperature, note);
        }
    }

    record ReportAnswer(long quarantineId, boolean updated, boolean symptomatic, boolean alerted) {
    }

    private final DailyReports reports;
    private final Quarantines quarantines;

    ReportApiController(DailyReports reports, Quarantines quarantines) {
        this.reports = reports;
        this.quarantines = quarantines;
    }

    @PostMapping("/quarantines/{id}/reports")
    @Operation(summary = "Today's report of a quarantine: 201 the day's first, 200 when it replaces an earlier one",
            description = "healthy=true, or symptoms (FEVER, COUGH, SHORTNESS_OF_BREATH, BODY_PAIN_OR_FATIGUE, "
                    + "LOSS_OF_TASTE_OR_SMELL); temperature in °C (34–43; from the fever threshold it counts as fever); "
                    + "note. Signed in as the person (or guardian), or with token: the texted link's last part.")
    ResponseEntity<ReportAnswer> report(@PathVariable long id, @RequestBody ReportRequest request,
            HttpServletRequest http) {
        DailyReports.Outcome outcome = request.token() != null
                ? reports.byLink(request.token(), id, http.getRemoteAddr(), request.report())
                : reports.signedIn(id, request.report());
        return ResponseEntity.status(outcome.first() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ReportAnswer(outcome.quarantineId(), !outcome.first(), outcome.symptomatic(), outcome.alerted()));
    }

    @GetMapping("/me/quarantines")
    @Operation(summary = "The signed-in person's active quarantines (their own and their dependants') and whether "
            + "today's report is in")
    List<Quarantines.MyQuarantine> mine() {
        return quarantines.mine();
    }
}
