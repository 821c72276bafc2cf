package vn.greenzone.outreach.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.greenzone.outreach.SmsSender;

/** Keeps every message in {@code sms_outbox} and logs it, for installations without an SMS gateway. */
@Component
@ConditionalOnMissingBean(value = SmsSender.class, ignored = OutboxSmsSender.class)
class OutboxSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsSender.class);

    private final JdbcClient jdbc;

    OutboxSmsSender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(String internationalNumber, String text) {
        jdbc.sql("insert into sms_outbox (recipient, body) values (:to, :body)")
                .param("to", internationalNumber).param("body", text).update();
        log.info("SMS to {}: {}", internationalNumber, text);
    }
}
