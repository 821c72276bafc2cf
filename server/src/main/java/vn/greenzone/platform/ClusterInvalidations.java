package vn.greenzone.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every app node that something a {@link StableCache} holds has changed. Triggers on the tables
 * behind the caches send {@code pg_notify('gz_invalidate', 'topic:key')} (or {@code topic:*}) in the
 * changing transaction, so PostgreSQL delivers it at commit to every node listening, whatever code made
 * the change; each node listens on a connection of its own. While that connection is down, notices may
 * be lost, so the caches are bypassed and emptied when it is back.
 */
@Component
public class ClusterInvalidations implements SmartLifecycle {

    public static final String CHANNEL = "gz_invalidate";

    private static final Logger log = LoggerFactory.getLogger(ClusterInvalidations.class);
    /** A connection that cannot run {@code select 1} within this is dead, whatever its socket says. */
    private static final int PROBE_SECONDS = 2;
    private static final long QUIET_BEFORE_PROBE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final List<Runnable> resets = new CopyOnWriteArrayList<>();
    /** Counts every invalidation, so a cache can tell a value it loaded may be stale already. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    ClusterInvalidations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code onKey} receives the key of each notice on {@code topic}, {@code *} for all of them. */
    public void subscribe(String topic, Consumer<String> onKey) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(onKey);
    }

    /** {@code reset} runs whenever notices may have been missed: the cache must forget everything. */
    public void onReset(Runnable reset) {
        resets.add(reset);
    }

    /**
     * Applies a change on this node as soon as its transaction commits (at once outside one): the notice
     * the trigger sent reaches this node too, but a moment later, and the caller's next request must
     * already see the change.
     */
    public void invalidateHere(String topic, String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(topic, key);
                }
            });
        } else {
            deliver(topic, key);
        }
    }

    /** True while every change is being heard: only then may a cache answer from memory. */
    public boolean listening() {
        return listening;
    }

    public long generation() {
        return generation.get();
    }

    private void deliver(String topic, String key) {
        generation.incrementAndGet();
        for (Consumer<String> subscriber : subscribers.getOrDefault(topic, List.of())) {
            subscriber.accept(key);
        }
    }

    private void deliver(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            log.warn("Ignoring the malformed invalidation notice {}", payload);
            return;
        }
        deliver(payload.substring(0, colon), payload.substring(colon + 1));
    }

    private void reset() {
        generation.incrementAndGet();
        resets.forEach(Runnable::run);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                reset();
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long heard = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                        heard = System.nanoTime();
                    } else if (System.nanoTime() - heard > QUIET_BEFORE_PROBE_NANOS) {
                        probe(connection);
                        heard = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cache invalidations lost their database connection; caches are bypassed until it is back: {}",
                            e.getMessage());
                }
            } finally {
                listening = false;
                generation.incrementAndGet();
            }
            pause();
        }
    }

    /** A quiet connection may be a dead one (a restarted database, a cut network) that the socket has not noticed. */
    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(PROBE_SECONDS);
            statement.execute("select 1");
        }
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("cache-invalidations").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
