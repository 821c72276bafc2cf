package vn.greenzone.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
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
import org.jsmpp.util.MessageId;

/**
 * An SMSC for benchmarks/outreach/run: accepts binds on the port given, answers every submit_sm at once and
 * notes when it came (milliseconds since the first, one line each, written to the file given when the process
 * is stopped), so the run can tell the rate the server sent at over any window.
 *
 * <p>Usage: {@code SmscSink <port> <arrivals-file>}
 */
public final class SmscSink {

    private static final int MAX = 5_000_000;

    private final long[] arrivals = new long[MAX];
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();

    private SmscSink() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        SmscSink sink = new SmscSink();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> sink.write(out)));
        try (SMPPServerSessionListener listener = new SMPPServerSessionListener(port)) {
            listener.setMessageReceiverListener(sink.new Receiver());
            System.out.println("SMSC listening on " + port);
            while (true) {
                SMPPServerSession session = listener.accept();
                Thread.ofVirtual().start(() -> {
                    try {
                        session.waitForBind(5000).accept("bench-smsc", InterfaceVersion.IF_34);
                    } catch (Exception e) {
                        System.err.println("bind failed: " + e.getMessage());
                    }
                });
            }
        }
    }

    private void write(Path out) {
        int n = (int) Math.min(count.get(), MAX);
        long first = n == 0 ? 0 : arrivals[0];
        try {
            Files.writeString(out, LongStream.of(arrivals).limit(n).map(at -> (at - first) / 1_000_000)
                    .mapToObj(Long::toString).collect(Collectors.joining("\n", "", n == 0 ? "" : "\n")));
        } catch (IOException e) {
            System.err.println("cannot write " + out + ": " + e.getMessage());
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            long n = count.getAndIncrement();
            if (n < MAX) {
                arrivals[(int) n] = System.nanoTime();
            }
            try {
                return new SubmitSmResult(new MessageId(Long.toString(ids.incrementAndGet())), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private static ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported", 0x03);
        }
    }
}
