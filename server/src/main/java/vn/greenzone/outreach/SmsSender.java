package vn.greenzone.outreach;

/**
 * Sends one text message. The default implementation stores it in the outbox; a deployment plugs a
 * telecom gateway in by providing another bean of this type.
 */
public interface SmsSender {

    /** @param internationalNumber the recipient as {@code +84912345678} */
    void send(String internationalNumber, String text);
}
