package vn.greenzone.checkin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the notifications live lists listen for, after the visits they announce are committed, many in
 * one transaction. A transaction that notifies takes a database-wide lock at commit, so notifying inside
 * every check-in made check-ins commit one at a time; batching takes that lock a few times a second per
 * node instead. A notice lost with a crashing node costs a live list one row until its next snapshot,
 * never a visit.
 */
@Component
public class LiveNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveNotices.class);
    private static final int BATCH = 1000;
    private static final long LINGER_MILLIS = 20;

    private final JdbcClient jdbc;
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread sender;

    LiveNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues notices ({@code venue:visit:arrivalMicros} or {@code venue:*}); inside a transaction, once it commits. */
    public void publish(Collection<String> notices) {
        if (notices.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            List<String> copy = List.copyOf(notices);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.addAll(copy);
                }
            });
        } else {
            pending.addAll(notices);
        }
    }

    private void send() {
        List<String> batch = new ArrayList<>(BATCH);
        while (running || !pending.isEmpty()) {
            try {
                String first = pending.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                // Let the notices of concurrent check-ins gather, then send them in one transaction.
                Thread.sleep(LINGER_MILLIS);
                batch.add(first);
                pending.drainTo(batch, BATCH - 1);
                jdbc.sql("select count(pg_notify(:channel, notice)) from unnest(:notices::text[]) as notice")
                        .param("channel", CheckinRepository.CHANNEL)
                        .param("notices", batch.toArray(String[]::new))
                        .query(Long.class)
                        .single();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not send {} live-list notices: {}", batch.size(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        sender = Thread.ofPlatform().daemon().name("checkin-live-notices").start(this::send);
    }

    /** Sends what is queued before the database connections close. */
    @Override
    public void stop() {
        running = false;
        try {
            sender.join(TimeUnit.SECONDS.toMillis(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
