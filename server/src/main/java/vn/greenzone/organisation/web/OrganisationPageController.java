package vn.greenzone.organisation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.MemberFilter;
import vn.greenzone.organisation.NewOrganisation;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.organisation.OrganisationKind;
import vn.greenzone.organisation.Organisations;
import vn.greenzone.organisation.RosterRefused;
import vn.greenzone.organisation.Rosters;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/**
 * The organisations pages: the list (the ones a person heads; for a unit administrator also those of their unit,
 * with the form to register one), and an organisation's page where its head uploads the roster, sees who has not
 * registered or declared, sends reminders and downloads the .xlsx.
 */
@Controller
class OrganisationPageController {

    /** Members a page lists; the .xlsx has them all. */
    private static final int LISTED = 200;

    private final Organisations organisations;
    private final Rosters rosters;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;

    OrganisationPageController(Organisations organisations, Rosters rosters, AccessControl access, UnitDirectory units,
            FormRefusals refusals) {
        this.organisations = organisations;
        this.rosters = rosters;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String unit, Model model) {
        model.addAttribute("mine", organisations.mine());
        model.addAttribute("kinds", List.of(OrganisationKind.values()));
        String unitCode = adminUnit(unit);
        if (unitCode != null) {
            model.addAttribute("unit", unitCode);
            model.addAttribute("placeName", units.placeName(unitCode));
            model.addAttribute("inUnit", organisations.inSubtree(unitCode));
        }
        return "organisation/list";
    }

    @PostMapping("/organisations")
    String register(@RequestParam(required = false) String unit, @RequestParam(required = false) String name,
            @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String headPhone, @RequestParam(required = false) String headName,
            HttpServletResponse response, Model model) {
        try {
            String in = unitCode == null || unitCode.isBlank() ? unit : unitCode.trim();
            Organisation registered = organisations.register(new NewOrganisation(name, kind, in, headPhone, headName));
            return "redirect:/organisations/" + registered.id() + "?registered";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            model.addAttribute("form", new NewOrganisation(name, kind, unitCode, headPhone, headName));
            return list(unit, model);
        }
    }

    @GetMapping("/organisations/{id}")
    String page(@PathVariable long id, @RequestParam(defaultValue = "UNREGISTERED") MemberFilter filter,
            @RequestParam(defaultValue = "false") boolean full, Model model) {
        model.addAttribute("detail", organisations.detail(id));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", List.of(MemberFilter.values()));
        model.addAttribute("full", full);
        model.addAttribute("members", rosters.members(id, filter, full, 0, LISTED));
        model.addAttribute("listedOf", rosters.count(id, filter));
        return "organisation/organisation";
    }

    /** Answers with the page rather than a redirect: the rows at fault are shown this once. */
    @PostMapping("/organisations/{id}/roster")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response, Model model) {
        try {
            model.addAttribute("imported", rosters.upload(id, bytes(file)));
        } catch (RosterRefused refused) {
            refusals.show(refused, response, model);
            model.addAttribute("refused", refused);
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
        }
        return page(id, MemberFilter.UNREGISTERED, false, model);
    }

    @PostMapping("/organisations/{id}/reminders")
    String remind(@PathVariable long id, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("reminded", rosters.remind(id));
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
        }
        return page(id, MemberFilter.UNDECLARED, false, model);
    }

    @GetMapping("/organisations/{id}/roster.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam(defaultValue = "ALL") MemberFilter filter,
            @RequestParam(defaultValue = "false") boolean full) {
        return OrganisationApiController.xlsx("roster-" + id, rosters.workbook(id, filter, full));
    }

    /** The unit an administrator's list is about; none for a person who administers no unit. */
    private String adminUnit(String requested) {
        boolean admin = access.grantsOf(access.current().personId()).stream()
                .anyMatch(grant -> grant.role() == Role.UNIT_ADMIN || grant.role() == Role.NATIONAL_ADMIN);
        return admin ? access.workingUnit(requested, Role.UNIT_ADMIN) : null;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
