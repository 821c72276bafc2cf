package vn.greenzone.tracing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
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

import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.tracing.internal.CaseRepository;
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactNotices;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.ContactDerivation;
import vn.greenzone.tracing.internal.LineListWorkbook;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.TracingViews;
import vn.greenzone.tracing.internal.TransmissionGraph;

/** Cases for contact tracers: record, read, edit, visits, contacts and their decisions, notices, graph, line list. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact tracing")
class CaseApiController {

    private static final int LIST_SIZE = 200;

    record NewCaseRequest(Long personId, Long dependantId, String phone, String idNumber,
            CaseService.NewPerson newPerson, String unitCode, LocalDate sampleDate, LocalDate onsetDate,
            LocalDate isolationDate, String source, String notes) {
    }

    record CaseEditRequest(LocalDate sampleDate, LocalDate onsetDate, Boolean asymptomatic, LocalDate isolationDate,
            String source, String notes, TraceCase.Status status) {
    }

    record VisitsAnswer(long caseId, Instant windowStart, Instant windowEnd, List<TracingViews.VisitView> visits) {
    }

    record ContactsAnswer(long caseId, int depth, List<TracingViews.ContactView> contacts) {
    }

    record DecisionRequest(@NotNull Contact.Decision decision) {
    }

    record BulkDecisionRequest(List<Long> contactIds, @NotNull Contact.Decision decision) {
    }

    record ManualContactRequest(String phone, Long personId, Long dependantId, String fullName, String idNumber,
            Contact.Relation relation) {
    }

    private final CaseService cases;
    private final ContactService contacts;
    private final ContactDerivation derivation;
    private final ContactNotices notices;
    private final TracingViews views;
    private final TransmissionGraph graphs;
    private final LineListWorkbook lineLists;
    private final TracingProperties properties;

    CaseApiController(CaseService cases, ContactService contacts, ContactDerivation derivation, ContactNotices notices,
            TracingViews views, TransmissionGraph graphs, LineListWorkbook lineLists, TracingProperties properties) {
        this.cases = cases;
        this.contacts = contacts;
        this.derivation = derivation;
        this.notices = notices;
        this.views = views;
        this.graphs = graphs;
        this.lineLists = lineLists;
        this.properties = properties;
    }

    @PostMapping("/cases")
    @Operation(summary = "Record a confirmed case (F0)",
            description = "Name the subject one way: personId, dependantId, phone, idNumber or newPerson. unitCode is the "
                    + "unit whose tracers manage the case (default: the person's residence). onsetDate null means asymptomatic.")
    ResponseEntity<TracingViews.CaseView> record(@RequestBody NewCaseRequest request) {
        TraceCase c = cases.record(new CaseService.SubjectRef(request.personId(), request.dependantId(), request.phone(),
                        request.idNumber(), request.newPerson()), request.unitCode(),
                new CaseService.CaseDates(request.sampleDate(), request.onsetDate(), request.isolationDate()),
                request.source(), request.notes());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.caseView(c, false, "api"));
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases managed in a unit and below it, newest first")
    List<TracingViews.CaseView> list(@RequestParam String unit, @RequestParam(required = false) TraceCase.Status status) {
        return cases.inUnit(unit, status, LIST_SIZE).stream().map(c -> views.caseView(c, false, "api")).toList();
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case; full=true shows the subject in full and writes it to the audit trail")
    TracingViews.CaseView find(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
        return views.caseView(cases.require(id), full, "GET /api/v1/cases/" + id);
    }

    @PatchMapping("/cases/{id}")
    @Operation(summary = "Edit a case's dates, source, notes or status; every change is kept in its history")
    TracingViews.CaseView edit(@PathVariable long id, @RequestBody CaseEditRequest request) {
        TraceCase c = cases.edit(id, new CaseService.CaseEdit(request.sampleDate(), request.onsetDate(),
                Boolean.TRUE.equals(request.asymptomatic()), request.isolationDate(), request.source(), request.notes(),
                request.status()));
        return views.caseView(c, false, "api");
    }

    @GetMapping("/cases/{id}/history")
    @Operation(summary = "Changes of a case")
    List<CaseRepository.Change> history(@PathVariable long id) {
        return cases.history(id);
    }

    @GetMapping("/cases/{id}/visits")
    @Operation(summary = "Venues the case visited in the infectious window, with how each time is known")
    VisitsAnswer visits(@PathVariable long id) {
        TraceCase c = cases.require(id);
        return new VisitsAnswer(c.id(), c.windowStart(), c.windowEnd(), views.visits(derivation.visitsOf(c)));
    }

    @GetMapping("/cases/{id}/contacts")
    @Operation(summary = "Contacts by overlap (F1) and of confirmed F1s (F2), derived afresh",
            description = "depth 1 lists F1 only; 2 (default) adds F2. full=true shows names in full, audited.")
    ContactsAnswer contacts(@PathVariable long id, @RequestParam(required = false) Integer depth,
            @RequestParam(defaultValue = "false") boolean full) {
        TraceCase c = cases.require(id);
        List<Contact> found = contacts.of(c, depth);
        List<TracingViews.ContactView> shown = views.contacts(c.id(), found, contacts.pathsOf(found),
                cases.casesByKey(found.stream().map(Contact::key).toList()), full, "GET /api/v1/cases/" + id + "/contacts");
        return new ContactsAnswer(c.id(), depth == null ? properties.depth() : depth, shown);
    }

    @PostMapping("/cases/{id}/contacts/{contactId}/decision")
    @Operation(summary = "Confirm or reject one contact of the case")
    TracingViews.ContactView decide(@PathVariable long id, @PathVariable long contactId,
            @jakarta.validation.Valid @RequestBody DecisionRequest request) {
        TraceCase c = cases.require(id);
        Contact contact = contacts.decide(c, contactId, request.decision());
        return one(c, contact);
    }

    @PostMapping("/cases/{id}/contacts/decisions")
    @Operation(summary = "Confirm or reject many contacts of the case at once")
    Map<String, Integer> decideAll(@PathVariable long id,
            @jakarta.validation.Valid @RequestBody BulkDecisionRequest request) {
        return Map.of("changed", contacts.decideAll(cases.require(id), request.contactIds(), request.decision()));
    }

    @PostMapping("/cases/{id}/contacts")
    @Operation(summary = "Add a contact by hand (household, workplace, school), confirmed at once")
    ResponseEntity<TracingViews.ContactView> addManual(@PathVariable long id, @RequestBody ManualContactRequest request) {
        TraceCase c = cases.require(id);
        Contact contact = contacts.addManual(c, new ContactService.ManualContact(request.phone(), request.personId(),
                request.dependantId(), request.fullName(), request.idNumber(), request.relation()));
        return ResponseEntity.status(HttpStatus.CREATED).body(one(c, contact));
    }

    @PostMapping("/cases/{id}/notify")
    @Operation(summary = "Notify the confirmed contacts (SMS and a notice on their home page); each is told once")
    ContactNotices.Outcome notifyContacts(@PathVariable long id) {
        return notices.notify(cases.require(id));
    }

    @GetMapping("/cases/{id}/graph")
    @Operation(summary = "The transmission graph of the case's cluster: cases, contacts, venues and times that link them")
    TransmissionGraph.Graph graph(@PathVariable long id) {
        return graphs.of(cases.require(id));
    }

    @GetMapping("/cases/{id}/line-list.xlsx")
    @Operation(summary = "Line list of the case as a spreadsheet; full=true in full, audited")
    ResponseEntity<byte[]> lineList(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
        TraceCase c = cases.require(id);
        return xlsx("case-" + id, lineLists.ofCase(c, full));
    }

    @GetMapping("/units/{code}/line-list.xlsx")
    @Operation(summary = "Line list of every case managed in a unit and below it; full=true in full, audited")
    ResponseEntity<byte[]> unitLineList(@PathVariable String code, @RequestParam(defaultValue = "false") boolean full) {
        return xlsx("unit-" + code, lineLists.ofUnit(code, full));
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LineListWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"line-list-" + name + ".xlsx\"")
                .body(workbook);
    }

    private TracingViews.ContactView one(TraceCase c, Contact contact) {
        return views.contacts(c.id(), List.of(contact), contacts.pathsOf(List.of(contact)),
                cases.casesByKey(List.of(contact.key())), false, "api").getFirst();
    }
}
