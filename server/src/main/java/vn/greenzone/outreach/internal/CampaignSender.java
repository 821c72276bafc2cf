package vn.greenzone.outreach.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.outreach.OutreachProperties;
import vn.greenzone.platform.ClusterLock;
import vn.greenzone.platform.PublicUrl;
import vn.greenzone.outreach.OptOuts;

/**
 * Sends queued campaign messages through the gateway at the configured rate. One node sends at a time (an
 * advisory lock held for the run), so the rate holds for the whole cluster. Each batch is claimed (SENDING) in
 * a transaction of its own before anything goes out, so no message goes out twice. An opt-out and the weekly cap
 * are checked as each batch begins, {@link #BATCH_SECONDS} seconds before its last message goes out at the most.
 */
@Component
public class CampaignSender {

    private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);
    private static final long LOCK = 0x63_61_6d_70_61_69_67L;
    /** A run ends after this long so the lock's transaction stays short; the next run follows within a second. */
    private static final Duration RUN = Duration.ofSeconds(20);
    /**
     * Seconds of sending a batch holds. Claiming a batch and reading its numbers' opt-outs and weekly counts
     * take a few hundred milliseconds in which nothing is sent: over one second's worth that cost 29 % of the
     * rate (71 of 100 a second, measured), over five it costs a few per cent.
     */
    static final int BATCH_SECONDS = 5;

    private final MessageQueue queue;
    private final OptOuts optOuts;
    private final SmsGateway gateway;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate own;
    private final OutreachProperties properties;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final Clock clock;

    CampaignSender(MessageQueue queue, OptOuts optOuts, SmsGateway gateway, ClusterLock lock,
            PlatformTransactionManager transactionManager, OutreachProperties properties, MessageSource messages,
            PublicUrl publicUrl, Clock clock) {
        this.queue = queue;
        this.optOuts = optOuts;
        this.gateway = gateway;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Sends what is due, for up to {@link #RUN}; answers how many messages the gateway took. */
    public int sendDue() {
        Integer sent = transactions.execute(status -> lock.tryForTransaction(LOCK) ? sendWhileDue() : 0);
        return sent == null ? 0 : sent;
    }

    private int sendWhileDue() {
        Pacer pacer = new Pacer(properties.rate());
        long end = System.nanoTime() + RUN.toNanos();
        int sent = 0;
        List<MessageQueue.Claimed> batch;
        do {
            batch = own.execute(status -> queue.claim(batchSize()));
            Outcome outcome = sendBatch(batch, pacer);
            sent += outcome.sent();
            if (outcome.gatewayDown()) {
                break;
            }
        } while (batch.size() == batchSize() && System.nanoTime() < end);
        return sent;
    }

    private int batchSize() {
        return properties.rate() * BATCH_SECONDS;
    }

    private record Outcome(int sent, boolean gatewayDown) {
    }

    /**
     * Sends one claimed batch ({@link #BATCH_SECONDS} seconds' worth at the rate): the opt-outs and weekly counts
     * of its numbers are read once as it begins, the gateway's ids are stored in one batch as it ends. A receipt
     * faster than that is tried again ({@link GatewayEvents}).
     */
    private Outcome sendBatch(List<MessageQueue.Claimed> batch, Pacer pacer) {
        Map<Long, MessageStatus> skipped = own.execute(status -> skips(batch));
        List<MessageQueue.Sent> sent = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        MessageQueue.Claimed downOn = null;
        int next = 0;
        try {
            for (; next < batch.size() && downOn == null; next++) {
                MessageQueue.Claimed message = batch.get(next);
                if (skipped.containsKey(message.id())) {
                    continue;
                }
                pacer.await();
                try {
                    sent.add(new MessageQueue.Sent(message.id(), gateway.submit(message.recipient(), text(message))));
                } catch (GatewayException e) {
                    log.warn("Campaign SMS: gateway did not take message {}: {}", message.id(), e.getMessage());
                    if (e.retryable()) {
                        downOn = message;
                    } else {
                        refused.add(message.id());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // what was not handed over (the gateway went down, or the node is stopping) waits, not counted as tried
        List<Long> untried = batch.subList(next, batch.size()).stream().map(MessageQueue.Claimed::id)
                .filter(id -> !skipped.containsKey(id)).toList();
        MessageQueue.Claimed down = downOn;
        own.executeWithoutResult(status -> {
            queue.sent(sent);
            queue.finish(skipped);
            refused.forEach(id -> queue.finish(id, MessageStatus.FAILED));
            if (down != null) {
                retryOrFail(down);
            }
            queue.retryAt(untried, down == null ? clock.instant() : clock.instant().plus(properties.retryAfter()), false);
        });
        return new Outcome(sent.size(), down != null || Thread.currentThread().isInterrupted());
    }

    /** Messages not to send: to numbers that opted out, and beyond a number's weekly cap (this batch counted). */
    private Map<Long, MessageStatus> skips(List<MessageQueue.Claimed> batch) {
        List<String> numbers = batch.stream().map(MessageQueue.Claimed::recipient).distinct().toList();
        Set<String> optedOut = optOuts.optedOutAmong(numbers);
        Map<String, Integer> sentThisWeek = queue.sentInLastWeek(numbers);
        Map<Long, MessageStatus> skips = new HashMap<>();
        for (MessageQueue.Claimed message : batch) {
            if (optedOut.contains(message.recipient())) {
                skips.put(message.id(), MessageStatus.OPTED_OUT);
            } else if (sentThisWeek.merge(message.recipient(), 1, Integer::sum) > properties.weeklyCap()) {
                skips.put(message.id(), MessageStatus.CAPPED);
            }
        }
        return skips;
    }

    private void retryOrFail(MessageQueue.Claimed message) {
        if (message.attempts() >= properties.maxAttempts()) {
            queue.finish(message.id(), MessageStatus.FAILED);
        } else {
            Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(message.attempts() - 1, 16));
            queue.retryAt(List.of(message.id()), clock.instant().plus(wait), true);
        }
    }

    /** The template filled in for the person, in their language, with the way to stop at the end. */
    String text(MessageQueue.Claimed message) {
        Locale locale = "en".equals(message.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        String name = message.name() == null || message.name().isBlank()
                ? messages.getMessage("campaign.sms.nameless", null, locale) : message.name();
        String stop = publicUrl.base() + "/sms/stop/" + optOuts.linkToken(message.id());
        return Templates.render(message.template(), name, publicUrl.base() + "/") + "\n"
                + messages.getMessage("campaign.sms.stop", new Object[] {stop}, locale);
    }
}
