package vn.greenzone.outreach.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * a transaction of its own before anything goes out, and each outcome is committed at once, so a receipt finds
 * its message and no message goes out twice. An opt-out and the weekly cap are checked just before each send.
 */
@Component
public class CampaignSender {

    private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);
    private static final long LOCK = 0x63_61_6d_70_61_69_67L;
    /** A run ends after this long so the lock's transaction stays short; the next run follows within a second. */
    private static final Duration RUN = Duration.ofSeconds(20);

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
            batch = own.execute(status -> queue.claim(properties.rate()));
            Outcome outcome = sendBatch(batch, pacer);
            sent += outcome.sent();
            if (outcome.gatewayDown()) {
                break;
            }
        } while (batch.size() == properties.rate() && System.nanoTime() < end);
        return sent;
    }

    private record Outcome(int sent, boolean gatewayDown) {
    }

    private Outcome sendBatch(List<MessageQueue.Claimed> batch, Pacer pacer) {
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            MessageQueue.Claimed message = batch.get(i);
            try {
                if (send(message, pacer)) {
                    sent++;
                }
            } catch (GatewayException e) {
                // the gateway is down: this message and the rest of the batch wait, the rest not counted as tried
                log.warn("Campaign SMS: gateway did not take message {}: {}", message.id(), e.getMessage());
                List<Long> untried = new ArrayList<>();
                batch.subList(i + 1, batch.size()).forEach(rest -> untried.add(rest.id()));
                own.executeWithoutResult(status -> {
                    retryOrFail(message);
                    queue.retryAt(untried, clock.instant().plus(properties.retryAfter()), false);
                });
                return new Outcome(sent, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                List<Long> untried = batch.subList(i, batch.size()).stream().map(MessageQueue.Claimed::id).toList();
                own.executeWithoutResult(status -> queue.retryAt(untried, clock.instant(), false));
                return new Outcome(sent, true);
            }
        }
        return new Outcome(sent, false);
    }

    /** True when the gateway took the message; false when it was skipped or refused for good. */
    private boolean send(MessageQueue.Claimed message, Pacer pacer) throws InterruptedException {
        MessageStatus skip = own.execute(status -> optOuts.hasOptedOut(message.recipient()) ? MessageStatus.OPTED_OUT
                : queue.sentInLastWeek(message.recipient()) >= properties.weeklyCap() ? MessageStatus.CAPPED : null);
        if (skip != null) {
            own.executeWithoutResult(status -> queue.finish(message.id(), skip));
            return false;
        }
        pacer.await();
        try {
            // one transaction: the outbox gateway keeps the message and its SENT status together
            own.executeWithoutResult(status -> queue.sent(message.id(), gateway.submit(message.recipient(), text(message))));
            return true;
        } catch (GatewayException e) {
            if (e.retryable()) {
                throw e;
            }
            log.warn("Campaign SMS: gateway refused message {}: {}", message.id(), e.getMessage());
            own.executeWithoutResult(status -> queue.finish(message.id(), MessageStatus.FAILED));
            return false;
        }
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
