package vn.greenzone.exposure.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Makes fake uploads take as long as real ones. A real upload waits for its commit; a fake one stores
 * nothing and would answer sooner, which a network observer could time. Real durations feed a moving
 * average, and a fake answer is completed when that much time has passed since it arrived, by a timer,
 * not by a thread sleeping per request.
 */
@Component
public class UploadTiming {

    /** Weight of each new real duration in the moving average (1/16). */
    private static final int SHIFT = 4;
    private static final long START_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final AtomicLong averageNanos = new AtomicLong(START_NANOS);

    /** Runs a real upload and counts its duration. */
    public <T> CompletableFuture<T> real(Supplier<T> upload) {
        long start = System.nanoTime();
        T answer = upload.get();
        long took = System.nanoTime() - start;
        averageNanos.getAndUpdate(average -> average + ((took - average) >> SHIFT));
        return CompletableFuture.completedFuture(answer);
    }

    /** Runs a fake upload and answers when a real one would have. */
    public <T> CompletableFuture<T> fake(Supplier<T> upload) {
        long start = System.nanoTime();
        T answer = upload.get();
        long left = averageNanos.get() - (System.nanoTime() - start);
        return left <= 0 ? CompletableFuture.completedFuture(answer)
                : CompletableFuture.supplyAsync(() -> answer, CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
    }

    /** The current typical duration of a real upload, in nanoseconds. */
    public long typicalNanos() {
        return averageNanos.get();
    }
}
