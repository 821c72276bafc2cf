package vn.greenzone.tracing.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactRepository;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.TracingViews;

/** Follow-up of contacts by tracers and quarantine officers: status, officer, notes, history, lists. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contact tracing")
class ContactApiController {

    private static final int LIST_SIZE = 500;

    record FollowUpRequest(Contact.FollowUp status, Long officerId, Boolean unassign, String note) {
    }

    record PositiveRequest(LocalDate sampleDate, LocalDate onsetDate, LocalDate isolationDate) {
    }

    private final ContactService contacts;
    private final CaseService cases;
    private final TracingViews views;
    private final AccessControl access;

    ContactApiController(ContactService contacts, CaseService cases, TracingViews views, AccessControl access) {
        this.contacts = contacts;
        this.cases = cases;
        this.views = views;
        this.access = access;
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a contact's follow-up status or officer, or add a dated note")
    TracingViews.ContactView followUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
        Contact contact = contacts.followUp(id, new ContactService.FollowUpEdit(request.status(), request.officerId(),
                Boolean.TRUE.equals(request.unassign()), request.note()));
        return shown(List.of(contact)).getFirst();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Decisions, status changes, officers, notes and notices of a contact")
    List<ContactRepository.Event> history(@PathVariable long id) {
        return contacts.history(id);
    }

    @PostMapping("/{id}/positive")
    @Operation(summary = "The contact tested positive: a new case in the same cluster")
    ResponseEntity<TracingViews.CaseView> positive(@PathVariable long id, @RequestBody PositiveRequest request) {
        Contact contact = contacts.requireForFollowUp(id);
        TraceCase parent = cases.require(contact.caseId());
        TraceCase c = contacts.testedPositive(parent, contact,
                new CaseService.CaseDates(request.sampleDate(), request.onsetDate(), request.isolationDate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.caseView(c, false, "api"));
    }

    @GetMapping
    @Operation(summary = "Confirmed contacts of the cases of a unit, for follow-up",
            description = "officer=me lists the caller's own; status filters by follow-up status.")
    List<TracingViews.ContactView> list(@RequestParam String unit, @RequestParam(required = false) Contact.FollowUp status,
            @RequestParam(required = false) String officer) {
        Long officerId = officer == null || officer.isBlank() ? null
                : "me".equals(officer) ? access.current().personId() : parseId(officer);
        return shown(contacts.followUpList(unit, status, officerId, LIST_SIZE));
    }

    private List<TracingViews.ContactView> shown(List<Contact> list) {
        return views.contacts(0, list, contacts.pathsOf(list), cases.casesByKey(list.stream().map(Contact::key).toList()),
                false, "api");
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            throw vn.greenzone.platform.ProblemException.badRequest("invalid-parameter", "officer");
        }
    }
}
