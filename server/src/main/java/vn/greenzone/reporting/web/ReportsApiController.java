package vn.greenzone.reporting.web;

import java.time.LocalDate;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.reporting.ChainState;
import vn.greenzone.reporting.ReportChain;
import vn.greenzone.reporting.NewReport;
import vn.greenzone.reporting.Report;
import vn.greenzone.reporting.ReportSchedule;
import vn.greenzone.reporting.internal.ReportWorkbook;

/** The daily report chain: submissions, a unit's day with its reporters' status, the xlsx, the schedule. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Daily reports")
class ReportsApiController {

    /** A schedule as sent: the province comes from the address; a missing reminder time is refused. */
    record ScheduleRequest(LocalTime teamDue, LocalTime unitDue, LocalTime districtDue, LocalTime consolidationDue,
            LocalTime publicationDue, Integer reminderMinutes) {
    }

    private final ReportChain reports;
    private final ReportWorkbook workbook;

    ReportsApiController(ReportChain reports, ReportWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @PostMapping("/{date}/units/{code}")
    @Operation(summary = "A unit's report of the day, by its administrator; a second one the same day is the next "
            + "version (the first is kept)",
            description = "users (required), installs and smartphones (may be null when not counted), each 0 to "
                    + "1,000,000,000; reason (up to 500 characters) is required when a figure differs from the "
                    + "measured one. Accepted after the cut-off too, marked late. receivedAt: for the parent unit's "
                    + "administrator writing up a report that reached them another way at that time (48 h at most). "
                    + "403 for a unit the caller does not administer; 400 for a day in the future.")
    ResponseEntity<Report> submit(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @PathVariable String code, @RequestBody NewReport report) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.submit(date, code, report));
    }

    @PostMapping("/{date}/units/{code}/organisations/{id}")
    @Operation(summary = "An organisation's report of the day, by its head: rosterSize and users (those of the "
            + "roster registered), prefilled from its coverage; a reason where they differ")
    ResponseEntity<Report> submitForOrganisation(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @PathVariable String code, @PathVariable long id, @RequestBody NewReport report) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.submitForOrganisation(date, code, id, report));
    }

    @GetMapping("/{date}/units/{code}")
    @Operation(summary = "A unit's day: its own report (every version) and cut-off, and its children and "
            + "organisations with status SUBMITTED, LATE, WAITING (none yet, before the cut-off) or MISSING, their "
            + "latest figures beside the measured ones (differs), the sums; for the province, the 07:30 "
            + "consolidated table of its districts (below: the sum of each district's communes)")
    ChainState state(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @PathVariable String code) {
        return reports.state(date, code);
    }

    @GetMapping("/{date}/units/{code}/export.xlsx")
    @Operation(summary = "The same table as a spreadsheet")
    ResponseEntity<byte[]> export(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @PathVariable String code) {
        return xlsx(code, date, workbook.write(reports.state(date, code)));
    }

    @GetMapping("/schedule/{province}")
    @Operation(summary = "The cut-off times (Asia/Ho_Chi_Minh) of the province a unit lies in, and the reminder "
            + "time before each; stored=false while the seeds' times apply")
    ReportSchedule schedule(@PathVariable String province) {
        return reports.schedule(province);
    }

    @PutMapping("/schedule/{province}")
    @Operation(summary = "The province's administrator sets its times: team < units < districts on the day, "
            + "consolidation < publication the next morning; reminderMinutes 0 to 720 (0: no reminder)")
    ReportSchedule saveSchedule(@PathVariable String province, @RequestBody ScheduleRequest schedule) {
        return reports.saveSchedule(new ReportSchedule(province, schedule.teamDue(), schedule.unitDue(),
                schedule.districtDue(), schedule.consolidationDue(), schedule.publicationDue(),
                schedule.reminderMinutes() == null ? -1 : schedule.reminderMinutes(), true));
    }

    static ResponseEntity<byte[]> xlsx(String unit, LocalDate day, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReportWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + unit + "-" + day + ".xlsx\"")
                .body(body);
    }
}
