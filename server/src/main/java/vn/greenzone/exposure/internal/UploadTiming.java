package vn.greenzone.exposure.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Makes fake uploads take as long as real ones. A real upload waits for its commit; a fake one stores
 * nothing and would answer sooner, which a network observer could time. The durations of the last real
 * uploads, from the request's arrival to its answer, are kept, and each fake answer is due when one of
 * them, drawn at random, has passed since the fake arrived, so fakes follow the real spread and not only
 * its mean; by a timer, not by a thread sleeping per request.
 * <p>
 * A fake is answered on a second dispatch, which takes time of its own under load. How long fakes take from
 * their timer firing to their answer is measured (a running mean) and the timer set that much earlier, so
 * the answers an observer sees follow the real durations whatever the load.
 */
@Component
public class UploadTiming {

    private static final int KEPT = 512;
    private static final long START_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** Weight of the newest delay in the running mean: follows a change of load within some tens of fakes. */
    private static final double DELAY_WEIGHT = 0.05;
    private static final long DELAY_BOUND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLongArray recent = new AtomicLongArray(KEPT);
    private final AtomicLong count = new AtomicLong();
    /** Mean time from a fake's timer firing to its answer. */
    private volatile double answerDelay;

    UploadTiming() {
        for (int i = 0; i < KEPT; i++) {
            recent.set(i, START_NANOS);
        }
    }

    /** Counts the duration of a real upload that was answered. */
    public void answeredReal(long arrivedNanos) {
        recent.set((int) (count.getAndIncrement() % KEPT), System.nanoTime() - arrivedNanos);
    }

    /**
     * Runs a fake upload and completes its answer when a real one, drawn at random, would have been answered.
     * Returns the answer with when it is due and when its timer fires, the latter for {@link #answeredFake}.
     */
    public <T> Fake<T> fake(long arrivedNanos, Supplier<T> upload) {
        T answer = upload.get();
        long due = arrivedNanos + recent.get(ThreadLocalRandom.current().nextInt(KEPT));
        long now = System.nanoTime();
        long fires = Math.max(now, due - (long) answerDelay);
        CompletableFuture<T> completion = fires == now ? CompletableFuture.completedFuture(answer)
                : CompletableFuture.supplyAsync(() -> answer, CompletableFuture.delayedExecutor(fires - now, TimeUnit.NANOSECONDS));
        return new Fake<>(completion, due, fires);
    }

    /** Notes that a fake whose timer fired at the given time has been answered. */
    public void answeredFake(long firedNanos) {
        // Racing updates lose a sample now and then, which a running mean does not mind.
        answerDelay += DELAY_WEIGHT * (Math.min(System.nanoTime() - firedNanos, DELAY_BOUND) - answerDelay);
    }

    /** A fake upload's answer, when it is due and when its timer fires. */
    public record Fake<T>(CompletableFuture<T> answer, long dueNanos, long firesNanos) {
    }
}
