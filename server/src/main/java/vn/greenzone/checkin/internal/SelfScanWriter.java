package vn.greenzone.checkin.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.platform.DatabaseFailures;
import vn.greenzone.platform.ProblemException;

/**
 * Group commit for self check-ins: a writer thread gathers the visits of concurrent requests for at most
 * {@code group-commit.max-wait} and writes them in one statement per round (see SelfScanBatch) and one commit,
 * so a hundred check-ins share one transaction and one WAL flush instead of queueing for a flush each. A
 * request is answered only once its own visits are committed, with its own answer. With several writers
 * (one batch written while another waits for its flush), a visitor's requests always go to the same one, by
 * the hash of who checks in: a person's (and their dependants') visits are never in two batches at once, so
 * a repeat or a visit elsewhere is judged against every earlier visit of theirs on this node. When the database is out
 * of reach every waiting request fails as a 503; any other failure of a batch (one request's bad row) has each
 * request written alone, so one cannot fail the others.
 */
@Component
public class SelfScanWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SelfScanWriter.class);

    /** One request's visits, answered together. */
    private record Pending(List<NewVisit> visits, CompletableFuture<List<RecordedVisit>> answer) {
    }

    private final CheckinRepository repository;
    private final TransactionTemplate transactions;
    private final CheckinProperties.GroupCommit settings;
    private final Duration collapseWindow;
    /** One queue per writer thread. */
    private final List<LinkedBlockingQueue<Pending>> queues;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    SelfScanWriter(CheckinRepository repository, TransactionTemplate transactions, CheckinProperties properties) {
        this.repository = repository;
        this.transactions = transactions;
        this.settings = properties.groupCommit();
        this.collapseWindow = properties.collapseWindow();
        this.queues = Stream.generate(LinkedBlockingQueue<Pending>::new)
                .limit(Math.max(1, settings.writers())).toList();
    }

    /** Writes one request's visits (the visitor's own first) with those of concurrent requests; returns once committed. */
    public List<RecordedVisit> record(List<NewVisit> visits) {
        if (!running) {
            throw ProblemException.databaseUnavailable();
        }
        var pending = new Pending(visits, new CompletableFuture<>());
        queues.get(Math.floorMod(visits.getFirst().visitor().key().hashCode(), queues.size())).add(pending);
        try {
            return pending.answer().get(settings.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // not acknowledged: a batch not yet begun leaves it out; one under way may still store it
            ProblemException unavailable = ProblemException.databaseUnavailable();
            pending.answer().completeExceptionally(unavailable);
            throw unavailable;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.databaseUnavailable();
        }
    }

    private void run(LinkedBlockingQueue<Pending> queue) {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(queue, batch, first.visits().size());
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // never leave a request waiting, whatever went wrong
                batch.forEach(pending -> pending.answer().completeExceptionally(e));
                log.error("The self check-in writer failed a batch of {} requests", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(ProblemException.databaseUnavailable());
        }
    }

    /** Adds what arrives within the wait, up to the batch size; what is already queued is taken at once. */
    private void gather(LinkedBlockingQueue<Pending> queue, List<Pending> batch, int visits) throws InterruptedException {
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        while (visits < settings.maxBatch()) {
            Pending next = queue.poll();
            if (next == null) {
                long left = deadline - System.nanoTime();
                next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                if (next == null) {
                    return;
                }
            }
            batch.add(next);
            visits += next.visits().size();
        }
    }

    private void write(List<Pending> gathered) {
        List<Pending> batch = gathered.stream().filter(pending -> !pending.answer().isDone()).toList();
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<List<NewVisit>> requests = batch.stream().map(Pending::visits).toList();
            List<List<RecordedVisit>> answers = transactions.execute(status -> writeTogether(requests));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException failure) {
            if (batch.size() == 1 || DatabaseFailures.unreachable(failure)) {
                RuntimeException answer = answerFor(failure);
                batch.forEach(pending -> pending.answer().completeExceptionally(answer));
            } else {
                log.warn("A batch of {} self check-ins failed ({}); writing each alone", batch.size(), failure.toString());
                batch.forEach(this::writeAlone);
            }
        }
    }

    private void writeAlone(Pending pending) {
        try {
            pending.answer().complete(transactions.execute(status -> writeTogether(List.of(pending.visits())).getFirst()));
        } catch (RuntimeException failure) {
            pending.answer().completeExceptionally(answerFor(failure));
        }
    }

    /**
     * The database out of reach is a 503 with Retry-After for each waiting request, whichever exception said so
     * (a failed rollback on the dead connection hides the statement's own failure from the usual handlers).
     */
    private static RuntimeException answerFor(RuntimeException failure) {
        return DatabaseFailures.unreachable(failure) ? ProblemException.databaseUnavailable() : failure;
    }

    /** Writes the visits of several requests, in a transaction the caller holds; the answers of each request, in order. */
    List<List<RecordedVisit>> writeTogether(List<List<NewVisit>> requests) {
        var arranged = new SelfScanBatch(requests.stream().flatMap(List::stream).toList(), collapseWindow);
        List<List<RecordedVisit>> written = arranged.rounds().stream().map(repository::recordSelfScans).toList();
        List<RecordedVisit> answers = arranged.answers(written);
        List<List<RecordedVisit>> perRequest = new ArrayList<>(requests.size());
        int next = 0;
        for (List<NewVisit> visits : requests) {
            perRequest.add(answers.subList(next, next + visits.size()));
            next += visits.size();
        }
        return perRequest;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < queues.size(); i++) {
            var queue = queues.get(i);
            writers.add(Thread.ofPlatform().daemon().name("checkin-group-commit-" + i).start(() -> run(queue)));
        }
    }

    /** Writes what is queued, then stops: requests arriving later are refused with 503. */
    @Override
    public void stop() {
        running = false;
        try {
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server takes requests and stops after it has finished those it had. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
