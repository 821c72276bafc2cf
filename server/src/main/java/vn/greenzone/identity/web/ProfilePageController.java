package vn.greenzone.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The person's own profile page. */
@Controller
class ProfilePageController {

    private final People people;
    private final FormRefusals refusals;

    ProfilePageController(People people, FormRefusals refusals) {
        this.people = people;
        this.refusals = refusals;
    }

    @GetMapping("/me")
    String profile(Model model) {
        model.addAttribute("person", people.me());
        model.addAttribute("genders", Gender.values());
        return "identity/profile";
    }

    @PostMapping("/me")
    String update(@ModelAttribute ProfileRequest profile, HttpServletResponse response, Model model) {
        try {
            people.updateMyProfile(profile.fullName(), profile.birthDate(), profile.gender(), profile.idNumber(),
                    profile.residenceUnit());
            return "redirect:/me?saved";
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
            return profile(model);
        }
    }
}
