package vn.greenzone.outreach.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.greenzone.outreach.SmsProperties;

/**
 * An SMSC over SMPP 3.4 through jSMPP, bound as a transceiver: submit_sm goes out on the bind, and the
 * SMSC's deliver_sm comes back on it, either a delivery receipt (the message's status) or a person's reply
 * (STOP / TU CHOI opts the number out). The bind is made on first use and again after it drops.
 */
@Component
@ConditionalOnProperty(prefix = "greenzone.sms", name = "gateway", havingValue = "smpp")
class SmppGateway implements SmsGateway, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);
    /** One SMS part: longer texts travel in the message_payload parameter, which SMSCs split for the phone. */
    private static final int SHORT_MESSAGE_BYTES = 140;
    private static final long TIMEOUT_MILLIS = 10_000;

    private final SmsProperties.Smpp settings;
    private final GatewayEvents events;
    private SMPPSession session;

    SmppGateway(SmsProperties properties, GatewayEvents events) {
        this.settings = properties.smpp();
        this.events = events;
    }

    /**
     * Binds at start and again whenever the bind dropped, so that receipts and replies arrive even while no
     * campaign sends; an SMSC that cannot be reached now is tried again at the next check or send.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    public synchronized void keepBound() {
        try {
            bound();
        } catch (GatewayException e) {
            log.warn("SMPP: {}", e.getMessage());
        }
    }

    @Override
    public synchronized String submit(String internationalNumber, String text) {
        SMPPSession bound = bound();
        boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n');
        byte[] bytes = text.getBytes(plain ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
        DataCoding coding = new GeneralDataCoding(plain ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2);
        boolean onePart = bytes.length <= SHORT_MESSAGE_BYTES;
        OptionalParameter[] payload = onePart ? new OptionalParameter[0]
                : new OptionalParameter[] {new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)};
        try {
            return bound.submitShortMessage("", sourceTon(), NumberingPlanIndicator.UNKNOWN, settings.sourceAddress(),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, GatewayNumbers.smpp(internationalNumber),
                    new ESMClass(), (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    (byte) 0, coding, (byte) 0, onePart ? bytes : new byte[0], payload).getMessageId();
        } catch (NegativeResponseException e) {
            // the SMSC answered and refused: throttled or busy is worth a retry, anything else is final
            boolean busy = e.getCommandStatus() == 0x58 || e.getCommandStatus() == 0x14;
            throw new GatewayException("submit_sm refused with status " + e.getCommandStatus(), busy, e);
        } catch (ResponseTimeoutException e) {
            // the SMSC may have taken it: repeating could send it twice, so it is not retried
            throw new GatewayException("no answer to submit_sm", false, e);
        } catch (PDUException e) {
            throw new GatewayException("message not encodable: " + e.getMessage(), false, e);
        } catch (InvalidResponseException | IOException e) {
            drop();
            throw new GatewayException("SMSC connection failed: " + e.getMessage(), true, e);
        }
    }

    private TypeOfNumber sourceTon() {
        return settings.sourceAddress().chars().allMatch(Character::isDigit) ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC;
    }

    private SMPPSession bound() {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(TIMEOUT_MILLIS);
        fresh.setMessageReceiverListener(new Inbound());
        try {
            fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX, settings.systemId(),
                    settings.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), TIMEOUT_MILLIS);
        } catch (IOException e) {
            fresh.close();
            throw new GatewayException("cannot bind to the SMSC at " + settings.host() + ":" + settings.port(), true, e);
        }
        log.info("SMPP: bound to {}:{} as {}", settings.host(), settings.port(), settings.systemId());
        session = fresh;
        return fresh;
    }

    private void drop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public synchronized void destroy() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    /** Receipts and replies, on jSMPP's reader threads. */
    private final class Inbound implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (deliverSm.isSmscDeliveryReceipt()) {
                try {
                    var receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                    events.receipt(receipt.getId(), receipt.getFinalStatus() == org.jsmpp.util.DeliveryReceiptState.DELIVRD);
                } catch (InvalidDeliveryReceiptException e) {
                    log.warn("SMPP: unreadable delivery receipt: {}", e.getMessage());
                }
                return;
            }
            GatewayNumbers.international(deliverSm.getSourceAddr()).ifPresentOrElse(
                    from -> events.reply(from, text(deliverSm)),
                    () -> log.info("SMPP: reply from a number that is not Vietnamese mobile ignored"));
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // nothing is waiting for a phone to become reachable
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not used", 0x03);
        }

        private String text(DeliverSm deliverSm) {
            byte[] bytes = deliverSm.getShortMessage();
            if (bytes == null || bytes.length == 0) {
                OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
                bytes = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
            }
            boolean ucs2 = (deliverSm.getDataCoding() & 0x0f) == 0x08;
            return new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
        }
    }
}
