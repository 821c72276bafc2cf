package vn.greenzone.venue.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;
import vn.greenzone.venue.internal.VenueOwnership;

/** The pages of owners and staff: my venues, registration, and one venue with its owner's controls. */
@Controller
class VenuePageController {

    private final Venues venues;
    private final VenueOwnership ownership;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;
    private final PosterFiles posterFiles;

    VenuePageController(Venues venues, VenueOwnership ownership, AccessControl access, UnitDirectory units,
            FormRefusals refusals, PosterFiles posterFiles) {
        this.venues = venues;
        this.ownership = ownership;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
        this.posterFiles = posterFiles;
    }

    @GetMapping("/venues")
    String mine(Model model) {
        model.addAttribute("venues", venues.staffedBy(access.current().personId()));
        return "venue/list";
    }

    @GetMapping("/venues/new")
    String registration(Model model) {
        model.addAttribute("categories", VenueCategory.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VenueForm(null, null, null, null, null, null, null, null));
        }
        return "venue/new";
    }

    @PostMapping("/venues")
    String register(@ModelAttribute("form") VenueForm form, HttpServletResponse response, Model model) {
        try {
            Venue venue = ownership.register(form.details());
            return "redirect:/venues/" + venue.id() + "?registered";
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
            return registration(model);
        }
    }

    @GetMapping("/venues/{id}")
    String venue(@PathVariable long id, Model model) {
        Venue venue = venues.requireStaff(id);
        boolean owner = ownership.isOwner(venue);
        model.addAttribute("venue", venue);
        model.addAttribute("owner", owner);
        model.addAttribute("unitPath", units.path(venue.unitCode()));
        if (owner) {
            model.addAttribute("categories", VenueCategory.values());
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", VenueForm.of(venue));
            }
            model.addAttribute("posterUrl", venues.posterUrl(id));
            model.addAttribute("staff", ownership.staff(id));
            model.addAttribute("devices", ownership.devices(id));
        }
        return "venue/detail";
    }

    @PostMapping("/venues/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") VenueForm form, HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.edit(id, form.details()), "saved", response, model);
    }

    @PostMapping("/venues/{id}/suspend")
    String suspend(@PathVariable long id, HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.setSuspended(id, true), "suspended", response, model);
    }

    @PostMapping("/venues/{id}/resume")
    String resume(@PathVariable long id, HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.setSuspended(id, false), "resumed", response, model);
    }

    @PostMapping("/venues/{id}/declaration-required")
    String requireDeclaration(@PathVariable long id, @RequestParam(defaultValue = "false") boolean required,
            HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.setDeclarationRequired(id, required),
                required ? "declarationRequired" : "declarationNotRequired", response, model);
    }

    @PostMapping("/venues/{id}/rotate")
    String rotate(@PathVariable long id, HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.rotate(id), "rotated", response, model);
    }

    @PostMapping("/venues/{id}/staff")
    String addStaff(@PathVariable long id, @RequestParam(defaultValue = "") String phone, HttpServletResponse response,
            Model model) {
        model.addAttribute("staffPhone", phone);
        return ownerAction(id, () -> ownership.addStaff(id, phone), "staffAdded", response, model);
    }

    @PostMapping("/venues/{id}/staff/remove")
    String removeStaff(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
            HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.removeStaff(id, phone), "staffRemoved", response, model);
    }

    /** Answers with the page rather than a redirect: the key is shown this once and never stored. */
    @PostMapping("/venues/{id}/devices")
    String addDevice(@PathVariable long id, @RequestParam(defaultValue = "") String name, HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("newDevice", ownership.addDevice(id, name));
        } catch (ProblemException refused) {
            rethrowUnlessFormProblem(refused);
            refusals.show(refused, response, model);
            model.addAttribute("deviceName", name);
        }
        return venue(id, model);
    }

    @PostMapping("/venues/{id}/devices/{deviceId}/revoke")
    String revokeDevice(@PathVariable long id, @PathVariable long deviceId, HttpServletResponse response, Model model) {
        return ownerAction(id, () -> ownership.revokeDevice(id, deviceId), "deviceRevoked", response, model);
    }

    @GetMapping("/venues/{id}/poster.pdf")
    ResponseEntity<byte[]> posterPdf(@PathVariable long id) {
        return posterFiles.pdf(id);
    }

    @GetMapping("/venues/{id}/poster.png")
    ResponseEntity<byte[]> posterPng(@PathVariable long id) {
        return posterFiles.png(id);
    }

    /** Runs an owner's action, then back to the venue page with a notice, or the refusal shown on it. */
    private String ownerAction(long id, Runnable action, String notice, HttpServletResponse response, Model model) {
        try {
            action.run();
            return "redirect:/venues/" + id + "?" + notice;
        } catch (ProblemException refused) {
            rethrowUnlessFormProblem(refused);
            refusals.show(refused, response, model);
            return venue(id, model);
        }
    }

    /** Who may not act, or what does not exist, gets the error page, not the form. */
    private static void rethrowUnlessFormProblem(ProblemException refused) {
        int status = refused.status().value();
        if (status == 401 || status == 403 || status == 404) {
            throw refused;
        }
    }
}
