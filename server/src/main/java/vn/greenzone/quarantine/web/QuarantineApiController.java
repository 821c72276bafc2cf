package vn.greenzone.quarantine.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.internal.Board;
import vn.greenzone.quarantine.internal.BoardRepository;
import vn.greenzone.quarantine.internal.BoardState;
import vn.greenzone.quarantine.internal.Enrolment;
import vn.greenzone.quarantine.internal.OfficerActions;
import vn.greenzone.quarantine.internal.QuarantineRepository;
import vn.greenzone.quarantine.internal.QuarantineStats;
import vn.greenzone.quarantine.internal.QuarantineViews;
import vn.greenzone.quarantine.internal.QuarantineWorkbook;
import vn.greenzone.quarantine.internal.ReportRepository;
import vn.greenzone.quarantine.internal.StatsRepository;
import vn.greenzone.quarantine.internal.StoredQuarantine;

/** Quarantines for quarantine officers: enrol, the board's list and counts, one quarantine, actions, numbers, export. */
@RestController
@RequestMapping("/api/v1/quarantines")
@Tag(name = "Quarantine")
class QuarantineApiController {

    record EnrolRequest(Long contactId, String phone, String fullName, String idNumber, Long dependantId,
            String guardianPhone, String dependantName, Place place, String unitCode, String street, Long facilityId,
            LocalDate startDate, LocalDate plannedEnd, Long officerId) {

        NewQuarantine quarantine() {
            return new NewQuarantine(new NewQuarantine.Who(contactId, phone, fullName, idNumber, dependantId, guardianPhone,
                    dependantName), new NewQuarantine.Where(place, unitCode, street, facilityId), startDate, plannedEnd,
                    officerId);
        }
    }

    record BoardAnswer(String unit, BoardRepository.Counts counts, List<QuarantineViews.QuarantineView> quarantines,
            Long nextAfter) {
    }

    record DetailAnswer(QuarantineViews.QuarantineView quarantine, List<ReportRepository.Report> reports,
            List<QuarantineRepository.Event> history) {
    }

    record ActionRequest(OfficerActions.Action action, String note, Integer days, StoredQuarantine.EndReason reason) {
    }

    record StatsAnswer(String unit, LocalDate from, LocalDate to, List<StatsRepository.DayCount> days) {
    }

    private final Enrolment enrolment;
    private final Board board;
    private final OfficerActions actions;
    private final QuarantineViews views;
    private final QuarantineStats stats;
    private final QuarantineWorkbook workbook;
    private final QuarantineRepository quarantines;
    private final ReportRepository reports;
    private final AccessControl access;

    QuarantineApiController(Enrolment enrolment, Board board, OfficerActions actions, QuarantineViews views,
            QuarantineStats stats, QuarantineWorkbook workbook, QuarantineRepository quarantines,
            ReportRepository reports, AccessControl access) {
        this.enrolment = enrolment;
        this.board = board;
        this.actions = actions;
        this.views = views;
        this.stats = stats;
        this.workbook = workbook;
        this.quarantines = quarantines;
        this.reports = reports;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Enrol a person in quarantine; the person (or a dependant's guardian) is texted the report link",
            description = "Name the person one way: contactId (a confirmed contact of a case), phone (an unknown number is "
                    + "registered, named fullName), idNumber, dependantId, or guardianPhone with dependantName. place HOME "
                    + "needs unitCode (a commune) and street; FACILITY needs facilityId (a quarantine facility). startDate "
                    + "defaults to today, plannedEnd to the configured length after it, officerId to the caller.")
    ResponseEntity<QuarantineViews.QuarantineView> enrol(@RequestBody EnrolRequest request) {
        StoredQuarantine q = enrolment.enrol(request.quarantine());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(q, false, "api"));
    }

    @GetMapping
    @Operation(summary = "The board of a unit and below it: counts, and the quarantines in a state, newest first",
            description = "state: ACTIVE (default), ALERT, SYMPTOMS, NON_REPORTING, REPORTED_TODAY, ENDING_SOON, ENDED. "
                    + "officer=me or an id. Pages of limit (default 50, at most 200): pass nextAfter as after for the "
                    + "next one. full=true shows people in full, audited.")
    BoardAnswer list(@RequestParam String unit, @RequestParam(required = false) BoardState state,
            @RequestParam(required = false) Place place, @RequestParam(required = false) String officer,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "false") boolean full) {
        Board.Page page = board.read(new Board.Filter(unit, state, place, officerId(officer)), after, limit);
        return new BoardAnswer(unit, page.counts(), views.views(page.items(), full, "quarantine board of unit " + unit,
                "GET /api/v1/quarantines"), page.nextAfter());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One quarantine with its reports and history; full=true shows the person in full, audited")
    DetailAnswer find(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
        StoredQuarantine q = actions.require(id);
        return new DetailAnswer(views.view(q, full, "GET /api/v1/quarantines/" + id), reports.of(id), quarantines.events(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "An officer's action: CALL, REACHED, REMIND (texts a fresh link), REFER_TEST, EXTEND (days), "
            + "END (reason)",
            description = "note is kept in the history with any action. CALL, REACHED, REFER_TEST and END deal with an "
                    + "open symptom alert.")
    QuarantineViews.QuarantineView act(@PathVariable long id, @RequestBody ActionRequest request) {
        StoredQuarantine q = actions.act(id, new OfficerActions.Input(request.action(), request.note(), request.days(),
                request.reason()));
        return views.view(q, false, "api");
    }

    @GetMapping("/stats")
    @Operation(summary = "People in quarantine per day in each unit directly below the one asked for (at most 92 days)")
    StatsAnswer stats(@RequestParam String unit, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return new StatsAnswer(unit, from, to, stats.perDay(unit, from, to));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The board's quarantines as a spreadsheet, with the list's filters; full=true in full, audited")
    ResponseEntity<byte[]> export(@RequestParam String unit, @RequestParam(required = false) BoardState state,
            @RequestParam(required = false) Place place, @RequestParam(required = false) String officer,
            @RequestParam(defaultValue = "false") boolean full, Locale locale) {
        return xlsx(unit, workbook.write(new Board.Filter(unit, state, place, officerId(officer)), full, locale,
                "GET /api/v1/quarantines/export.xlsx"));
    }

    static ResponseEntity<byte[]> xlsx(String unit, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(QuarantineWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quarantine-" + unit + ".xlsx\"")
                .body(body);
    }

    private Long officerId(String officer) {
        if (officer == null || officer.isBlank()) {
            return null;
        }
        if ("me".equals(officer)) {
            return access.current().personId();
        }
        try {
            return Long.parseLong(officer);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("invalid-parameter", "officer");
        }
    }
}
