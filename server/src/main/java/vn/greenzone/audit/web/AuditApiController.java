package vn.greenzone.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.audit.internal.AuditQuery;
import vn.greenzone.audit.internal.AuditReview;

/** The audit trail for auditors and national administrators. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
class AuditApiController {

    private final AuditReview review;

    AuditApiController(AuditReview review) {
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "Who saw whose personal data in full, newest first",
            description = "For auditors and national administrators (403 for anyone else). Each call is itself "
                    + "recorded in the trail with subject kind \"audit\" and purpose \"audit review\".")
    AuditReview.Page entries(
            @Parameter(description = "Viewer: a person id, or a phone number (0912345678, +84912345678)")
            @RequestParam(required = false) String viewer,
            @Parameter(description = "Subject id, exactly as recorded") @RequestParam(required = false) String subject,
            @Parameter(description = "From: a day in Vietnam (2021-08-01, included) or an ISO-8601 instant with offset")
            @RequestParam(required = false) String from,
            @Parameter(description = "To: a day in Vietnam (2021-08-31, included) or an ISO-8601 instant with offset (excluded)")
            @RequestParam(required = false) String to,
            @Parameter(description = "Purpose, exactly as recorded") @RequestParam(required = false) String purpose,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Entries per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        return review.read(new AuditQuery(viewer, subject, from, to, purpose), page, size, "api");
    }
}
