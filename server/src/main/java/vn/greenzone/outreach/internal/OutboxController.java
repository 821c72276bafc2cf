package vn.greenzone.outreach.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox page: what the default sender would have sent, newest first, for national administrators. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "") String phone, Model model) {
        // 0912345678 and +84912345678 both end in the digits after the leading 0.
        String digits = phone.replaceAll("\\D", "").replaceFirst("^0", "");
        model.addAttribute("messages", outbox.newest(digits));
        model.addAttribute("phone", phone);
        return "outreach/outbox";
    }
}
