package vn.greenzone.outreach.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.outreach.SmsProperties;
import vn.greenzone.outreach.internal.GatewayEvents;
import vn.greenzone.outreach.internal.GatewayNumbers;
import vn.greenzone.platform.ProblemException;

/**
 * Replies and receipts from an HTTP gateway (an SMS aggregator's webhook or a Zalo relay); SMPP brings its own
 * through the bind. The gateway proves itself with the shared token of {@code greenzone.sms.inbound-token}.
 */
@RestController
@Tag(name = "Outreach")
class InboundSmsController {

    record Inbound(String from, String text, String messageId, Boolean delivered) {
    }

    record Answer(boolean optedOut) {
    }

    private final GatewayEvents events;
    private final SmsProperties properties;

    InboundSmsController(GatewayEvents events, SmsProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    @PostMapping("/api/v1/sms/inbound")
    @Operation(summary = "For the SMS gateway: a reply (from, text; STOP or TU CHOI opts the number out) or a delivery "
            + "receipt (messageId, delivered)", description = "Authenticated by the X-Gateway-Token header.")
    Answer inbound(@RequestHeader(name = "X-Gateway-Token", defaultValue = "") String token, @RequestBody Inbound inbound) {
        String expected = properties.inboundToken();
        if (expected.isBlank()) {
            throw ProblemException.notFound("sms-inbound.off");
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "sms-inbound.bad-token");
        }
        if (inbound.messageId() != null && inbound.delivered() != null) {
            events.receipt(inbound.messageId(), inbound.delivered());
            return new Answer(false);
        }
        if (inbound.from() == null || inbound.text() == null) {
            throw ProblemException.badRequest("sms-inbound.incomplete");
        }
        String from = GatewayNumbers.international(inbound.from())
                .orElseThrow(() -> ProblemException.badRequest("sms-inbound.bad-number"));
        return new Answer(events.reply(from, inbound.text()));
    }
}
