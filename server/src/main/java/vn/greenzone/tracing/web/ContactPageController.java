package vn.greenzone.tracing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactRepository;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.TracingViews;

/** Follow-up of confirmed contacts: the unit's list, and one contact's status, officer, notes, history and test result. */
@Controller
class ContactPageController {

    private static final int LIST_SIZE = 500;

    private final ContactService contacts;
    private final CaseService cases;
    private final TracingViews views;
    private final People people;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;
    private final TracingProperties properties;

    ContactPageController(ContactService contacts, CaseService cases, TracingViews views, People people,
            AccessControl access, UnitDirectory units, FormRefusals refusals,
            TracingProperties properties) {
        this.contacts = contacts;
        this.cases = cases;
        this.views = views;
        this.people = people;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
        this.properties = properties;
    }

    @GetMapping("/tracing/contacts")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) Contact.FollowUp status,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        String code = access.workingUnit(unit, Role.CONTACT_TRACER, Role.QUARANTINE_OFFICER);
        List<Contact> found = contacts.followUpList(code, status, mine ? access.current().personId() : null, LIST_SIZE);
        model.addAttribute("unit", units.require(code));
        model.addAttribute("place", units.placeName(code));
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", Contact.FollowUp.values());
        model.addAttribute("contacts", shown(found, false));
        model.addAttribute("officers", officers(found.stream().map(Contact::officerId).toList()));
        model.addAttribute("zone", properties.zone());
        return "tracing/contacts";
    }

    @GetMapping("/tracing/contacts/{id}")
    String contact(@PathVariable long id, Model model) {
        Contact contact = contacts.requireForFollowUp(id);
        List<ContactRepository.Event> history = contacts.history(id);
        model.addAttribute("k", shown(List.of(contact), false).getFirst());
        model.addAttribute("history", history);
        model.addAttribute("officers", officers(java.util.stream.Stream.concat(java.util.stream.Stream.of(contact.officerId()),
                history.stream().map(ContactRepository.Event::by)).toList()));
        model.addAttribute("statuses", Contact.FollowUp.values());
        model.addAttribute("zone", properties.zone());
        return "tracing/contact";
    }

    @PostMapping("/tracing/contacts/{id}")
    String followUp(@PathVariable long id, @RequestParam(required = false) Contact.FollowUp status,
            @RequestParam(defaultValue = "") String officerPhone, @RequestParam(defaultValue = "false") boolean unassign,
            @RequestParam(defaultValue = "") String note, HttpServletResponse response, Model model) {
        try {
            Long officerId = PageInput.blank(officerPhone) ? null : people.findByPhone(PhoneNumber.parse(officerPhone))
                    .map(Person::id).orElseThrow(() -> ProblemException.badRequest("contact.officer-invalid"));
            contacts.followUp(id, new ContactService.FollowUpEdit(status, officerId, unassign, note));
            return "redirect:/tracing/contacts/" + id + "?saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("errorAt", "follow-up");
            model.addAttribute("officerPhone", officerPhone);
            model.addAttribute("note", note);
            return contact(id, model);
        }
    }

    @PostMapping("/tracing/contacts/{id}/positive")
    String positive(@PathVariable long id, @RequestParam(defaultValue = "") String sampleDate,
            @RequestParam(defaultValue = "") String onsetDate, @RequestParam(defaultValue = "") String isolationDate,
            HttpServletResponse response, Model model) {
        try {
            Contact contact = contacts.requireForFollowUp(id);
            TraceCase parent = cases.require(contact.caseId());
            TraceCase c = contacts.testedPositive(parent, contact, new CaseService.CaseDates(PageInput.date(sampleDate),
                    PageInput.date(onsetDate), PageInput.date(isolationDate)));
            return "redirect:/tracing/cases/" + c.id() + "?recorded";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("errorAt", "positive");
            model.addAttribute("positive", Map.of("sampleDate", sampleDate, "onsetDate", onsetDate,
                    "isolationDate", isolationDate));
            return contact(id, model);
        }
    }

    private List<TracingViews.ContactView> shown(List<Contact> list, boolean full) {
        return views.contacts(0, list, contacts.pathsOf(list), cases.casesByKey(list.stream().map(Contact::key).toList()),
                full, "page /tracing/contacts");
    }

    /** Officials named in the list, masked as everywhere else: id → "NGUYEN V** A* (09******12)". */
    private Map<Long, String> officers(List<Long> ids) {
        Map<Long, String> named = new HashMap<>();
        people.findAll(ids.stream().filter(Objects::nonNull).distinct().toList()).forEach((id, person) ->
                named.put(id, (person.fullName() == null ? "" : Masking.name(person.fullName()) + " ")
                        + "(" + person.phone().masked() + ")"));
        return named;
    }
}
