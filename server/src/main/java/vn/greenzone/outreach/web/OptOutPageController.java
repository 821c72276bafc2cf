package vn.greenzone.outreach.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.greenzone.outreach.OptOuts;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;

/**
 * The stop link of every campaign message, without signing in. Opening it asks (a link preview or a mail
 * scanner must not opt anyone out); the button opts the number out of every later campaign message.
 */
@Controller
class OptOutPageController {

    private static final int PER_ADDRESS = 30;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final OptOuts optOuts;
    private final RateLimiter limiter;

    OptOutPageController(OptOuts optOuts, RateLimiter limiter) {
        this.optOuts = optOuts;
        this.limiter = limiter;
    }

    @GetMapping("/sms/stop/{token}")
    String ask(@PathVariable String token, HttpServletRequest request, Model model) {
        String number = recipient(token, request);
        model.addAttribute("number", masked(number));
        model.addAttribute("token", token);
        model.addAttribute("done", optOuts.hasOptedOut(number));
        return "outreach/stop";
    }

    @PostMapping("/sms/stop/{token}")
    String stop(@PathVariable String token, HttpServletRequest request, Model model) {
        String number = recipient(token, request);
        optOuts.optOut(number, OptOuts.Via.LINK);
        model.addAttribute("number", masked(number));
        model.addAttribute("done", true);
        return "outreach/stop";
    }

    private String recipient(String token, HttpServletRequest request) {
        limiter.acquire("sms-stop:" + request.getRemoteAddr(), PER_ADDRESS, WINDOW, "sms-stop.too-many");
        return optOuts.recipientOfLink(token).orElseThrow(() -> ProblemException.notFound("sms-stop.bad-link"));
    }

    private static String masked(String international) {
        return Masking.phone("0" + international.substring(3));
    }
}
