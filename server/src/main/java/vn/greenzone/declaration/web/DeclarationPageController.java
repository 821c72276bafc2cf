package vn.greenzone.declaration.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationStatus;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.declaration.internal.DeclarationService;
import vn.greenzone.declaration.internal.StoredDeclaration;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependants;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/**
 * The person's declaration page: for themself or a dependant, of a kind, prefilled so that a daily one is
 * a tap on "send"; the status of the last 24 hours, and the history.
 */
@Controller
class DeclarationPageController {

    private final DeclarationService declarations;
    private final DeclarationStatus status;
    private final Dependants dependants;
    private final AccessControl access;
    private final FormOptions options;
    private final DeclarationViews views;
    private final FormRefusals refusals;
    private final UnitDirectory units;

    DeclarationPageController(DeclarationService declarations, DeclarationStatus status, Dependants dependants,
            AccessControl access, FormOptions options, DeclarationViews views, FormRefusals refusals, UnitDirectory units) {
        this.declarations = declarations;
        this.status = status;
        this.dependants = dependants;
        this.access = access;
        this.options = options;
        this.views = views;
        this.refusals = refusals;
        this.units = units;
    }

    @GetMapping("/declarations")
    String page(@RequestParam(defaultValue = "DAILY") DeclarationKind kind, @RequestParam(required = false) Long dependant,
            Locale locale, Model model) {
        return page(DeclarationForm.of(declarations.draft(kind, dependant)), kind, dependant, locale, model);
    }

    @PostMapping("/declarations")
    String declare(@ModelAttribute("form") DeclarationForm form, HttpServletResponse response, Locale locale, Model model) {
        Long dependant = form.dependantId();
        try {
            StoredDeclaration saved = declarations.declare(form.declaration());
            return "redirect:" + UriComponentsBuilder.fromPath("/declarations")
                    .queryParam(saved.flagged() ? "flagged" : "declared", saved.id())
                    .queryParam("kind", saved.content().kind())
                    .queryParamIfPresent("dependant", Optional.ofNullable(dependant)).build().toUriString();
        } catch (ProblemException refused) {
            // Someone else's dependant is nobody's business here: the error page, not the form.
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.UNAUTHORIZED) {
                throw refused;
            }
            refusals.show(refused, response, model);
            return page(form, kindOf(form.kind()), dependant, locale, model);
        }
    }

    private String page(DeclarationForm form, DeclarationKind kind, Long dependant, Locale locale, Model model) {
        DoorStatus holder = dependant == null ? status.ofPerson(access.current().personId())
                : status.ofDependant(dependants.requireMine(dependant).id());
        model.addAttribute("dependants", dependants.mine());
        model.addAttribute("selected", dependant);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", DeclarationKind.values());
        model.addAttribute("status", status.describe(holder, false, locale));
        model.addAttribute("form", form);
        // The personal part is folded away when complete: its summary says what will be sent.
        model.addAttribute("place", form.unitCode() == null ? null
                : units.find(form.unitCode()).map(unit -> units.placeName(unit.code())).orElse(null));
        model.addAttribute("options", options.of(kind, locale));
        model.addAttribute("history", views.history(declarations.mine(), locale));
        return "declaration/declare";
    }

    /** The kind to show the form again with: the one posted, or the daily one when it was not a kind. */
    private static DeclarationKind kindOf(String posted) {
        return Arrays.stream(DeclarationKind.values()).filter(kind -> kind.name().equals(posted)).findFirst()
                .orElse(DeclarationKind.DAILY);
    }
}
