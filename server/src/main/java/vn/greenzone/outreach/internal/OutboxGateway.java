package vn.greenzone.outreach.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default gateway: campaigns land in the SMS outbox, as every other message does without a telecom gateway. */
@Component
@ConditionalOnProperty(prefix = "greenzone.sms", name = "gateway", havingValue = "outbox", matchIfMissing = true)
class OutboxGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OutboxGateway.class);

    private final Outbox outbox;

    OutboxGateway(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String submit(String internationalNumber, String text) {
        long id = outbox.keep(internationalNumber, text);
        log.debug("Campaign SMS to {} kept in the outbox as {}", internationalNumber, id);
        return "outbox-" + id;
    }
}
