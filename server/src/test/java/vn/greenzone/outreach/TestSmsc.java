package vn.greenzone.outreach;

import java.io.IOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMSC in the test's process, on jSMPP's server side: it binds one transceiver, keeps every submit_sm it
 * receives (number and decoded text), and sends delivery receipts and people's replies back as deliver_sm.
 */
public final class TestSmsc implements AutoCloseable {

    /** A message as the SMSC received it: its id, the destination as SMPP carries it, the decoded text. */
    public record Submitted(String messageId, String to, String text) {
    }

    private static final ProcessRequestException UNSUPPORTED = new ProcessRequestException("not supported", 0x03);

    private final SMPPServerSessionListener listener;
    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Thread acceptor;
    private volatile SMPPServerSession session;

    public TestSmsc(int port) throws IOException {
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(new Receiver());
        acceptor = Thread.ofVirtual().start(this::acceptBinds);
    }

    /** On a free port of this machine. */
    public TestSmsc() throws IOException {
        this(freePort());
    }

    public static int freePort() throws IOException {
        try (var probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    public int port() {
        return listener.getPort();
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    public List<Submitted> submittedTo(String internationalNumber) {
        return submitted.stream().filter(message -> message.to().equals(internationalNumber.substring(1))).toList();
    }

    /** The SMSC's receipt for a message: DELIVRD or UNDELIV. */
    public void receipt(String messageId, boolean delivered) throws Exception {
        SMPPServerSession session = bound();
        DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, delivered ? 1 : 0, new Date(), new Date(),
                delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV, "000", "");
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "84900000000",
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "GREENZONE",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0,
                (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, receipt.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A person's SMS to the service, in UCS-2 as phones send Vietnamese. */
    public void reply(String internationalNumber, String text) throws Exception {
        SMPPServerSession session = bound();
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                internationalNumber.substring(1), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "GREENZONE",
                new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The application's bind, waiting a little for it: the application binds as it starts. */
    private SMPPServerSession bound() throws InterruptedException {
        for (int i = 0; i < 100 && session == null; i++) {
            Thread.sleep(100);
        }
        if (session == null) {
            throw new IllegalStateException("nobody bound to the test SMSC");
        }
        return session;
    }

    @Override
    public void close() throws IOException {
        SMPPServerSession bound = session;
        if (bound != null) {
            bound.close();
        }
        listener.close();
        acceptor.interrupt();
    }

    private void acceptBinds() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                SMPPServerSession accepted = listener.accept();
                accepted.waitForBind(5000).accept("test-smsc", InterfaceVersion.IF_34);
                session = accepted;
            } catch (SocketException closed) {
                return;
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            try {
                MessageId id = new MessageId(Long.toString(ids.incrementAndGet()));
                submitted.add(new Submitted(id.getValue(), submitSm.getDestAddress(), text(submitSm)));
                return new SubmitSmResult(id, new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        private static String text(SubmitSm submitSm) {
            byte[] bytes = submitSm.getShortMessage();
            if (bytes == null || bytes.length == 0) {
                bytes = ((OptionalParameter.OctetString) submitSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)).getValue();
            }
            boolean ucs2 = (submitSm.getDataCoding() & 0x0f) == 0x08;
            return new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.US_ASCII);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw UNSUPPORTED;
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw UNSUPPORTED;
        }
    }
}
