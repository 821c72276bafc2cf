package vn.greenzone.outreach.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

import vn.greenzone.outreach.SmsSender;

/**
 * Keeps every message in {@code sms_outbox} and logs it, for installations without an SMS gateway.
 * A fallback: any other {@link SmsSender} bean (a telecom gateway) takes its place.
 */
@Component
@Fallback
class OutboxSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsSender.class);

    private final Outbox outbox;

    OutboxSmsSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(String internationalNumber, String text) {
        outbox.keep(internationalNumber, text);
        log.info("SMS to {}: {}", internationalNumber, text);
    }
}
