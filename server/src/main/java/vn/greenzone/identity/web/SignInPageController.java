package vn.greenzone.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.identity.internal.PersonAuthentications;
import vn.greenzone.identity.internal.SignInService;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/**
 * Sign-in in the browser: phone number, then the code from the SMS; the session lives in PostgreSQL.
 * A {@code next} path (e.g. the check-in page that sent the visitor here) is carried through both steps.
 */
@Controller
class SignInPageController {

    private final SignInService signIn;
    private final PersonAuthentications authentications;
    private final FormRefusals refusals;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPageController(SignInService signIn, PersonAuthentications authentications, FormRefusals refusals) {
        this.signIn = signIn;
        this.authentications = authentications;
        this.refusals = refusals;
    }

    @GetMapping("/login")
    String phoneForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", LocalPath.orHome(next));
        return "identity/login";
    }

    @PostMapping("/login/code")
    String sendCode(@RequestParam(defaultValue = "") String phone, @RequestParam(required = false) String next,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("next", LocalPath.orHome(next));
        try {
            var sent = signIn.requestCode(phone, request.getRemoteAddr());
            model.addAttribute("phone", sent.phone().national());
            return "identity/login-code";
        } catch (ProblemException refused) {
            return refusal(refused, "identity/login", response, model);
        }
    }

    @PostMapping("/login/verify")
    String verify(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("next", LocalPath.orHome(next));
        try {
            var person = signIn.verify(phone, code, request.getRemoteAddr());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentications.forPerson(person.personId()).orElseThrow());
            request.getSession(true);
            request.changeSessionId();
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:" + LocalPath.orHome(next);
        } catch (ProblemException refused) {
            return refusal(refused, "identity/login-code", response, model);
        }
    }

    private String refusal(ProblemException refused, String view, HttpServletResponse response, Model model) {
        refusals.show(refused, response, model);
        return view;
    }
}
