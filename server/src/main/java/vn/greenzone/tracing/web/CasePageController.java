package vn.greenzone.tracing.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactNotices;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.LineListWorkbook;
import vn.greenzone.tracing.internal.TraceCase;

/** One case for its tracers: venues, F1 and F2 with their decisions, notices, contacts by hand, graph, line lists. */
@Controller
class CasePageController {

    private final CaseService cases;
    private final ContactService contacts;
    private final ContactNotices notices;
    private final LineListWorkbook lineLists;
    private final CasePage page;
    private final FormRefusals refusals;

    CasePageController(CaseService cases, ContactService contacts, ContactNotices notices, LineListWorkbook lineLists,
            CasePage page, FormRefusals refusals) {
        this.cases = cases;
        this.contacts = contacts;
        this.notices = notices;
        this.lineLists = lineLists;
        this.page = page;
        this.refusals = refusals;
    }

    @GetMapping("/tracing/cases/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full, Model model) {
        page.fill(id, full, model);
        return "tracing/case";
    }

    @PostMapping("/tracing/cases/{id}/contacts/{contactId}/decision")
    String decide(@PathVariable long id, @PathVariable long contactId,
            @RequestParam(required = false) Contact.Decision decision, HttpServletResponse response, Model model) {
        return act(id, () -> contacts.decide(cases.require(id), contactId, required(decision)), "decided", "contacts",
                response, model);
    }

    @PostMapping("/tracing/cases/{id}/contacts/decisions")
    String decideAll(@PathVariable long id, @RequestParam(required = false) List<Long> contactIds,
            @RequestParam(required = false) Contact.Decision decision, HttpServletResponse response, Model model) {
        return act(id, () -> contacts.decideAll(cases.require(id), contactIds, required(decision)), "decided", "contacts",
                response, model);
    }

    @PostMapping("/tracing/cases/{id}/contacts")
    String addContact(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String fullName, @RequestParam(required = false) Contact.Relation relation,
            HttpServletResponse response, Model model) {
        model.addAttribute("manualPhone", phone);
        model.addAttribute("manualName", fullName);
        return act(id, () -> contacts.addManual(cases.require(id), new ContactService.ManualContact(PageInput.text(phone),
                null, null, PageInput.text(fullName), null, relation)), "added", "manual", response, model);
    }

    @PostMapping("/tracing/cases/{id}/notify")
    String notifyContacts(@PathVariable long id) {
        ContactNotices.Outcome outcome = notices.notify(cases.require(id));
        return "redirect:/tracing/cases/" + id + "?notified=" + outcome.notified() + "&already=" + outcome.alreadyNotified()
                + "&withoutPhone=" + outcome.withoutPhone() + "#notify";
    }

    @GetMapping("/tracing/cases/{id}/line-list.xlsx")
    ResponseEntity<byte[]> lineList(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
        TraceCase c = cases.require(id);
        return CaseApiController.xlsx("case-" + id, lineLists.ofCase(c, full));
    }

    /** Runs a tracer's action, then back to the case with a notice, or the refusal shown on the case page. */
    private String act(long id, Runnable action, String notice, String section, HttpServletResponse response,
            Model model) {
        try {
            action.run();
            return "redirect:/tracing/cases/" + id + "?" + notice + "#contacts";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("errorAt", section);
            return show(id, false, model);
        }
    }

    private static Contact.Decision required(Contact.Decision decision) {
        if (decision == null) {
            throw ProblemException.badRequest("tracing.decision-required");
        }
        return decision;
    }
}
