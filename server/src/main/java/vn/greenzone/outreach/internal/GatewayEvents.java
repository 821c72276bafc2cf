package vn.greenzone.outreach.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.greenzone.outreach.OptOuts;

/** What gateways report back: delivery receipts update a message's status; a reply keyword opts the number out. */
@Component
public class GatewayEvents {

    private static final Logger log = LoggerFactory.getLogger(GatewayEvents.class);

    private final MessageQueue queue;
    private final OptOuts optOuts;

    GatewayEvents(MessageQueue queue, OptOuts optOuts) {
        this.queue = queue;
        this.optOuts = optOuts;
    }

    public void receipt(String gatewayId, boolean delivered) {
        if (!queue.receipt(gatewayId, delivered)) {
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
