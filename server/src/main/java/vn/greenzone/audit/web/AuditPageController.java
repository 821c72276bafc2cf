package vn.greenzone.audit.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.audit.internal.AuditQuery;
import vn.greenzone.audit.internal.AuditReview;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The audit trail page: filters, newest first, fifty entries a page. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditReview review;
    private final FormRefusals refusals;

    AuditPageController(AuditReview review, FormRefusals refusals) {
        this.review = review;
        this.refusals = refusals;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(defaultValue = "") String viewer, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "0") int page,
            HttpServletResponse response, Model model) {
        AuditQuery query = new AuditQuery(viewer, subject, from, to, purpose);
        model.addAttribute("query", query);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("zone", VIETNAM);
        try {
            model.addAttribute("trail", review.read(query, Math.max(0, page), PAGE_SIZE, "page /audit"));
        } catch (ProblemException refused) {
            if (refused.status().value() != 400) {
                throw refused;
            }
            refusals.show(refused, response, model);
        }
        return "audit/trail";
    }
}
