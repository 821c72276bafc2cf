package vn.greenzone.outreach.internal;

/** Where messages leave the server: one bean, chosen by {@code greenzone.sms.gateway}. */
public interface SmsGateway {

    /**
     * Hands one message over and answers the gateway's id for it, which its delivery receipts name.
     *
     * @throws GatewayException when the gateway did not take the message
     */
    String submit(String internationalNumber, String text);
}
