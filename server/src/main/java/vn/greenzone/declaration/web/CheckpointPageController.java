package vn.greenzone.declaration.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.internal.CheckpointDeclarations;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.ScannedQr;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/**
 * The checkpoint's desk: staff scan a traveller's personal QR (or type their phone), then fill the travel or
 * entry declaration with them, prefilled from what the code carries.
 */
@Controller
class CheckpointPageController {

    private static final List<DeclarationKind> KINDS = List.of(DeclarationKind.DOMESTIC_TRAVEL, DeclarationKind.ENTRY);

    private final CheckpointDeclarations checkpoints;
    private final FormOptions options;
    private final FormRefusals refusals;

    CheckpointPageController(CheckpointDeclarations checkpoints, FormOptions options, FormRefusals refusals) {
        this.checkpoints = checkpoints;
        this.options = options;
        this.refusals = refusals;
    }

    @GetMapping("/venues/{id}/declare")
    String start(@PathVariable long id, Model model) {
        model.addAttribute("venue", checkpoints.checkpoint(id));
        model.addAttribute("kinds", KINDS);
        return "declaration/checkpoint-start";
    }

    /** Who the traveller is: from their code (a token carries them to the form), or by the phone typed. */
    @PostMapping("/venues/{id}/declare/traveller")
    String traveller(@PathVariable long id, @RequestParam(defaultValue = "DOMESTIC_TRAVEL") DeclarationKind kind,
            @RequestParam(defaultValue = "") String qr, @RequestParam(defaultValue = "") String phone,
            HttpServletResponse response, Locale locale, Model model) {
        try {
            if (!qr.isBlank()) {
                CheckpointDeclarations.Identified traveller = checkpoints.identify(id, qr);
                ScannedQr code = traveller.code();
                DeclarationForm form = DeclarationForm.forTraveller(kind, code.fullName(), code.idNumber(),
                        code.birthDate() == null ? null : Integer.toString(code.birthDate().getYear()),
                        code.gender() == null ? null : code.gender().name(), code.phone());
                return form(id, form, traveller.token(), traveller.token() == null ? code.phone() : null, locale, model);
            }
            if (phone.isBlank()) {
                throw ProblemException.badRequest("declaration.traveller-required");
            }
            String national = PhoneNumber.parse(phone).national();
            return form(id, DeclarationForm.forTraveller(kind, null, null, null, null, national), null, national, locale, model);
        } catch (ProblemException refused) {
            rethrowUnlessFormProblem(refused);
            refusals.show(refused, response, model);
            return start(id, model);
        }
    }

    @PostMapping("/venues/{id}/declare")
    String declare(@PathVariable long id, @ModelAttribute("form") DeclarationForm form,
            @RequestParam(required = false) String traveller, @RequestParam(required = false) String travellerPhone,
            HttpServletResponse response, Locale locale, Model model) {
        try {
            checkpoints.declare(id, new CheckpointDeclarations.Traveller(null, travellerPhone, traveller),
                    form.declaration());
            return "redirect:/venues/" + id + "/declare?declared";
        } catch (ProblemException refused) {
            rethrowUnlessFormProblem(refused);
            refusals.show(refused, response, model);
            return form(id, form, traveller, travellerPhone, locale, model);
        }
    }

    private String form(long id, DeclarationForm form, String token, String phone, Locale locale, Model model) {
        model.addAttribute("venue", checkpoints.checkpoint(id));
        model.addAttribute("form", form);
        model.addAttribute("traveller", token);
        model.addAttribute("travellerPhone", phone);
        DeclarationKind kind = KINDS.stream().filter(k -> k.name().equals(form.kind())).findFirst()
                .orElse(DeclarationKind.DOMESTIC_TRAVEL);
        model.addAttribute("kind", kind);
        model.addAttribute("options", options.of(kind, locale));
        return "declaration/checkpoint";
    }

    /** Who may not act here gets the error page, not the form. */
    private static void rethrowUnlessFormProblem(ProblemException refused) {
        int status = refused.status().value();
        if (status == 401 || status == 403 || status == 404) {
            throw refused;
        }
    }
}
