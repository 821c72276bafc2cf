package vn.greenzone.outreach.internal;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import vn.greenzone.outreach.OptOuts;

/** What gateways report back: delivery receipts update a message's status; a reply keyword opts the number out. */
@Component
public class GatewayEvents {

    private static final Logger log = LoggerFactory.getLogger(GatewayEvents.class);
    /** A receipt can outrun the commit of its message's SENT: it is tried again this often, this many times. */
    private static final Duration RECEIPT_RETRY = Duration.ofSeconds(1);
    private static final int RECEIPT_TRIES = 5;

    private final MessageQueue queue;
    private final OptOuts optOuts;
    private final TaskScheduler scheduler;

    GatewayEvents(MessageQueue queue, OptOuts optOuts, TaskScheduler scheduler) {
        this.queue = queue;
        this.optOuts = optOuts;
        this.scheduler = scheduler;
    }

    public void receipt(String gatewayId, boolean delivered) {
        receipt(gatewayId, delivered, 1);
    }

    private void receipt(String gatewayId, boolean delivered, int attempt) {
        if (queue.receipt(gatewayId, delivered)) {
            return;
        }
        if (attempt < RECEIPT_TRIES) {
            scheduler.schedule(() -> receipt(gatewayId, delivered, attempt + 1), Instant.now().plus(RECEIPT_RETRY));
        } else {
            log.debug("SMS receipt for {} matches no sent campaign message", gatewayId);
        }
    }

    /** An SMS a person sent to the service's number. True when it opted the number out. */
    public boolean reply(String internationalNumber, String text) {
        if (!OptOuts.isStopKeyword(text)) {
            return false;
        }
        if (optOuts.optOut(internationalNumber, OptOuts.Via.KEYWORD)) {
            log.info("SMS opt-out by reply from {}", internationalNumber);
        }
        return true;
    }
}
