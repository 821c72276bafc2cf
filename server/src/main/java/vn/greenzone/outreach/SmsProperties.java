package vn.greenzone.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.sms}: which gateway sends every SMS, and how to reach it. */
@ConfigurationProperties("greenzone.sms")
public record SmsProperties(
        /** {@code outbox} (kept in the database, the default), {@code smpp} or {@code zalo}. */
        @DefaultValue("outbox") String gateway,
        /** A shared secret the gateway's webhook sends in {@code X-Gateway-Token}; empty turns the webhook off. */
        @DefaultValue("") String inboundToken,
        @DefaultValue Smpp smpp,
        @DefaultValue Zalo zalo) {

    /** An SMSC reached over SMPP 3.4 as a transceiver: submits go out and receipts and replies come back on one bind. */
    public record Smpp(@DefaultValue("localhost") String host, @DefaultValue("2775") int port,
            @DefaultValue("") String systemId, @DefaultValue("") String password,
            /** The sender shown on phones: a brandname registered with the carriers, or a short code. */
            @DefaultValue("GREENZONE") String sourceAddress) {
    }

    /**
     * A Zalo Official Account's notification API (ZNS, messages to a phone number): the base URL, the OA's
     * access token, and the approved template whose one parameter {@code text} carries the message.
     */
    public record Zalo(@DefaultValue("https://business.openapi.zalo.me") String baseUrl,
            @DefaultValue("") String accessToken, @DefaultValue("") String templateId) {
    }
}
