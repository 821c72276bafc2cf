package vn.greenzone.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.Gender;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The person's dependants: list, declare, remove. */
@Controller
class DependantPageController {

    private final Dependants dependants;
    private final FormRefusals refusals;

    DependantPageController(Dependants dependants, FormRefusals refusals) {
        this.dependants = dependants;
        this.refusals = refusals;
    }

    @GetMapping("/me/dependants")
    String list(Model model) {
        return page(new DependantRequest(null, null, null, null, null), model);
    }

    @PostMapping("/me/dependants")
    String declare(@ModelAttribute DependantRequest form, HttpServletResponse response, Model model) {
        try {
            dependants.declare(form.fullName(), form.birthDate(), form.gender(), form.idNumber(), form.relationship());
            return "redirect:/me/dependants?added";
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
            return page(form, model);
        }
    }

    @PostMapping("/me/dependants/{id}/remove")
    String remove(@PathVariable long id) {
        dependants.remove(id);
        return "redirect:/me/dependants?removed";
    }

    private String page(DependantRequest form, Model model) {
        model.addAttribute("dependants", dependants.mine());
        model.addAttribute("form", form);
        model.addAttribute("genders", Gender.values());
        return "identity/dependants";
    }
}
