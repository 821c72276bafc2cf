package vn.greenzone.organisation.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.organisation.BelowTarget;
import vn.greenzone.organisation.GroupTarget;
import vn.greenzone.organisation.GroupTargets;
import vn.greenzone.organisation.MemberFilter;
import vn.greenzone.organisation.MemberGroup;
import vn.greenzone.organisation.NewOrganisation;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.organisation.OrganisationDetail;
import vn.greenzone.organisation.OrganisationKind;
import vn.greenzone.organisation.Organisations;
import vn.greenzone.organisation.ReminderResult;
import vn.greenzone.organisation.RosterImport;
import vn.greenzone.organisation.RosterMember;
import vn.greenzone.organisation.Rosters;
import vn.greenzone.organisation.internal.RosterWorkbook;

/**
 * Organisations, their rosters and coverage, and the targets per organisation group. A roster is seen only by the
 * organisation's head and the administrators of its unit and above (403 for anyone else).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and rosters")
class OrganisationApiController {

    record RegisterRequest(String name, OrganisationKind kind, String unitCode, String headPhone, String headName) {
    }

    record MembersPage(long total, int page, List<RosterMember> members) {
    }

    record TargetRequest(Integer percent) {
    }

    private final Organisations organisations;
    private final Rosters rosters;
    private final GroupTargets targets;

    OrganisationApiController(Organisations organisations, Rosters rosters, GroupTargets targets) {
        this.organisations = organisations;
        this.rosters = rosters;
        this.targets = targets;
    }

    @PostMapping("/organisations")
    @Operation(summary = "Register an organisation in a unit with its head (a unit administrator of the unit or above)",
            description = "The head is known by phone number; they manage the organisation once signed in with it.")
    ResponseEntity<Organisation> register(@RequestBody RegisterRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(organisations.register(new NewOrganisation(
                request.name(), request.kind(), request.unitCode(), request.headPhone(), request.headName())));
    }

    @GetMapping("/organisations")
    @Operation(summary = "The organisations of a unit and below, with their last count (unit administrators)")
    List<Organisation> inUnit(@RequestParam String unit) {
        return organisations.inSubtree(unit);
    }

    @GetMapping("/organisations/mine")
    @Operation(summary = "The organisations the signed-in person heads")
    List<Organisation> mine() {
        return organisations.mine();
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "An organisation's coverage: registered and declared in 24 h, overall and per group against "
            + "its target")
    OrganisationDetail detail(@PathVariable long id) {
        return organisations.detail(id);
    }

    @PostMapping(path = "/organisations/{id}/roster", consumes = {"text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Replace the roster (CSV or .xlsx: name, phone, group; up to 100,000 rows)",
            description = "All or nothing: a file with any row at fault is refused with 422 and the rows at fault "
                    + "(rows, refusedRows); a file that is no roster with 400. Groups: CIVIL_SERVANT, PUBLIC_EMPLOYEE, "
                    + "HEALTH_WORKER, INDUSTRIAL_WORKER, TEACHER, HIGH_SCHOOL_STUDENT, LOWER_SECONDARY_STUDENT, OTHER "
                    + "(or their Vietnamese names).")
    RosterImport upload(@PathVariable long id, @RequestBody(required = false) byte[] file) {
        return rosters.upload(id, file);
    }

    @GetMapping("/organisations/{id}/members")
    @Operation(summary = "Roster members by line: UNREGISTERED, UNDECLARED (in 24 h) or ALL; masked unless full=true "
            + "(audited)")
    MembersPage members(@PathVariable long id, @RequestParam(defaultValue = "UNREGISTERED") MemberFilter filter,
            @RequestParam(defaultValue = "false") boolean full, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return new MembersPage(rosters.count(id, filter), page, rosters.members(id, filter, full, page, size));
    }

    @GetMapping("/organisations/{id}/roster.xlsx")
    @Operation(summary = "The roster's coverage as a spreadsheet; masked unless full=true (audited)")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam(defaultValue = "ALL") MemberFilter filter,
            @RequestParam(defaultValue = "false") boolean full) {
        return xlsx("roster-" + id, rosters.workbook(id, filter, full));
    }

    @PostMapping("/organisations/{id}/reminders")
    @Operation(summary = "Text a reminder to every member not declared in 24 h",
            description = "One a number a day, never to a number that opted out; at most 3 sends an hour (429).")
    ReminderResult remind(@PathVariable long id) {
        return rosters.remind(id);
    }

    @GetMapping("/units/{code}/organisation-targets")
    @Operation(summary = "The targets per organisation group in force in a unit, and where each was set")
    List<GroupTarget> targets(@PathVariable String code) {
        return targets.inForce(code);
    }

    @PutMapping("/units/{code}/organisation-targets/{group}")
    @Operation(summary = "Set a group's target (percent) for the unit and below; percent null inherits again")
    List<GroupTarget> setTarget(@PathVariable String code, @PathVariable MemberGroup group,
            @RequestBody TargetRequest request) {
        return targets.set(code, group, request.percent());
    }

    @GetMapping("/units/{code}/organisations-below-target")
    @Operation(summary = "Organisations of the unit and below with a group under its target, furthest behind first")
    List<BelowTarget> belowTarget(@PathVariable String code, @RequestParam(defaultValue = "200") int limit) {
        return targets.belowTarget(code, Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/units/{code}/organisations-below-target.xlsx")
    @Operation(summary = "Every organisation of the unit and below with a group under its target, as a spreadsheet")
    ResponseEntity<byte[]> belowTargetWorkbook(@PathVariable String code, Locale locale) {
        return xlsx("below-target-" + code, targets.belowTargetWorkbook(code, locale));
    }

    /** A spreadsheet to save as {@code name}.xlsx. */
    static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RosterWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                .body(body);
    }
}
