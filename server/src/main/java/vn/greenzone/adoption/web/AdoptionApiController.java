package vn.greenzone.adoption.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.adoption.internal.Dashboard;
import vn.greenzone.adoption.internal.Dashboards;
import vn.greenzone.adoption.internal.FigureImports;
import vn.greenzone.adoption.ImportKind;
import vn.greenzone.adoption.internal.Publications;
import vn.greenzone.adoption.internal.RowsRefused;
import vn.greenzone.adoption.Target;
import vn.greenzone.adoption.internal.Targets;
import vn.greenzone.platform.ProblemException;

/** Imports for the app's and the telecom operators' systems, targets, dashboard figures and the publication. */
@RestController
@RequestMapping("/api/v1/units/{code}")
@Tag(name = "Adoption")
class AdoptionApiController {

    /** One row as JSON: day and operator only where the kind has them. */
    record FigureRow(String unitCode, String day, String operator, Long value) {
    }

    record FigureRows(List<FigureRow> rows) {
    }

    record TargetRequest(Target.Basis basis, BigDecimal percent, LocalDate deadline) {
    }

    record Published(LocalDate day) {
    }

    private static final String FILES = "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
            + "application/octet-stream";
    private static final String FILE_HELP = " A file has its headings first, in Vietnamese or English. Every row is "
            + "checked; if any is at fault nothing is stored and the 400 problem (code adoption.rows-refused) lists each row as {line, code, "
            + "detail}. A row for a unit and day already imported replaces it. Units must lie within {code}; the caller "
            + "needs UNIT_ADMIN there (403 otherwise).";

    /** Both bodies share one operation in the OpenAPI document (same path and method), so they share its text. */
    private static final String IMPORT_SUMMARY = "Imports installs, smartphones or residents: a CSV or xlsx file, or "
            + "JSON rows";
    private static final String IMPORT_HELP = "installs: installs of the external app per unit and day (columns: "
            + "unit code, date, installs). smartphones: per commune, day and telecom operator (columns: unit code, "
            + "date, operator, smartphones); several operators add up. residents: per unit, optional, for targets by "
            + "population (columns: unit code, residents). Content types " + FILES + ", or application/json "
            + "{\"rows\": [{unitCode, day (yyyy-MM-dd), operator, value}]} with day and operator where the kind has "
            + "them." + FILE_HELP;

    private final FigureImports imports;
    private final Dashboards dashboards;
    private final Targets targets;
    private final Publications publications;
    private final MessageSource messages;

    AdoptionApiController(FigureImports imports, Dashboards dashboards, Targets targets, Publications publications,
            MessageSource messages) {
        this.imports = imports;
        this.dashboards = dashboards;
        this.targets = targets;
        this.publications = publications;
        this.messages = messages;
    }

    @PostMapping(path = "/{kind:installs|smartphones|residents}", consumes = {"text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_HELP)
    FigureImports.Imported importFile(@PathVariable String code, @PathVariable String kind,
            @RequestBody(required = false) byte[] file) {
        return imports.importFile(ImportKind.ofPath(kind), code, file);
    }

    @PostMapping(path = "/{kind:installs|smartphones|residents}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_HELP)
    FigureImports.Imported importJson(@PathVariable String code, @PathVariable String kind,
            @RequestBody FigureRows rows) {
        ImportKind importKind = ImportKind.ofPath(kind);
        return imports.importTable(importKind, code, table(importKind, rows));
    }

    @GetMapping("/adoption")
    @Operation(summary = "Dashboard figures of the unit: per day in the period, as of the latest day, children ranked "
            + "worst first, progress to the (own or inherited) target",
            description = "from and to (yyyy-MM-dd) default to the last 30 days; at most 366 days. Installs and "
                    + "smartphones are null where nothing was imported. 403 outside the caller's units.")
    Dashboard dashboard(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboards.of(code, from, to);
    }

    @GetMapping("/adoption/target")
    @Operation(summary = "The unit's effective target: its own, or inherited from the nearest unit above (inherited "
            + "true); 404 when none applies")
    Targets.Effective target(@PathVariable String code) {
        dashboards.of(code, null, null); // the same access as the dashboard's
        return targets.effective(code).orElseThrow(() -> ProblemException.notFound("adoption.target-not-found"));
    }

    @PutMapping("/adoption/target")
    @Operation(summary = "Sets the unit's own target: basis SMARTPHONES (measured by installs) or RESIDENTS "
            + "(measured by Greenzone users), percent (0–100], deadline not in the past")
    Target setTarget(@PathVariable String code, @RequestBody TargetRequest request) {
        return targets.set(code, request.basis(), request.percent(), request.deadline());
    }

    @DeleteMapping("/adoption/target")
    @Operation(summary = "Removes the unit's own target; it inherits again")
    ResponseEntity<Void> removeTarget(@PathVariable String code) {
        targets.remove(code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/adoption/publication")
    @Operation(summary = "Publishes yesterday's installs ÷ smartphones per district of the province now (the job "
            + "does it at 08:00); UNIT_ADMIN of the province")
    Published publish(@PathVariable String code) {
        return new Published(publications.publishNow(code));
    }

    @GetMapping("/adoption/published")
    @Operation(summary = "The province's latest publication, public: installs and smartphones per district")
    Publications.Published published(@PathVariable String code) {
        return publications.latest(code).orElseThrow(() -> ProblemException.notFound("adoption.nothing-published"));
    }

    /** Problem JSON as everywhere, with each refused row added, so a client can fix its file line by line. */
    @ExceptionHandler(RowsRefused.class)
    ResponseEntity<ProblemDetail> rowsRefused(RowsRefused refused, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(refused.status());
        problem.setType(URI.create("https://greenzone.vn/problems/" + refused.code()));
        problem.setTitle(messages.getMessage("status.400", null, "Bad Request", locale));
        problem.setDetail(messages.getMessage("problem." + refused.code(), refused.arguments(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", refused.code());
        problem.setProperty("rows", refused.refusals().stream().map(row -> new RefusedRow(row.line(), row.code(),
                messages.getMessage("problem." + row.code(), row.arguments().toArray(), locale))).toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    record RefusedRow(int line, String code, String detail) {
    }

    /** JSON rows as a table with English headings, so they pass the same checks as a file. */
    private static List<List<String>> table(ImportKind kind, FigureRows rows) {
        if (rows == null || rows.rows() == null) {
            throw ProblemException.badRequest("adoption.import-empty");
        }
        var table = new ArrayList<List<String>>();
        table.add(kind.columns().stream().map(List::getFirst).toList());
        for (FigureRow row : rows.rows()) {
            var cells = new ArrayList<String>();
            cells.add(text(row == null ? null : row.unitCode()));
            if (kind.dated()) {
                cells.add(text(row == null ? null : row.day()));
            }
            if (kind.byOperator()) {
                cells.add(text(row == null ? null : row.operator()));
            }
            cells.add(row == null || row.value() == null ? "" : row.value().toString());
            table.add(cells);
        }
        return table;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
