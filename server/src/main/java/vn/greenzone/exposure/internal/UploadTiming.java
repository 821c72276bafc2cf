package vn.greenzone.exposure.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Makes fake uploads take as long as real ones. A real upload waits for its commit; a fake one stores
 * nothing and would answer sooner, which a network observer could time. The durations of the last real
 * uploads are kept, and each fake answer is completed when one of them, drawn at random, has passed since
 * it arrived, so fakes follow the real spread and not only its mean; by a timer, not by a thread sleeping
 * per request.
 */
@Component
public class UploadTiming {

    private static final int KEPT = 512;
    private static final long START_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final java.util.concurrent.atomic.AtomicLongArray recent = new java.util.concurrent.atomic.AtomicLongArray(KEPT);
    private final AtomicLong count = new AtomicLong();

    UploadTiming() {
        for (int i = 0; i < KEPT; i++) {
            recent.set(i, START_NANOS);
        }
    }

    /** Runs a real upload and counts its duration. */
    public <T> CompletableFuture<T> real(Supplier<T> upload) {
        long start = System.nanoTime();
        T answer = upload.get();
        recent.set((int) (count.getAndIncrement() % KEPT), System.nanoTime() - start);
        return CompletableFuture.completedFuture(answer);
    }

    /** Runs a fake upload and answers when a real one would have. */
    public <T> CompletableFuture<T> fake(Supplier<T> upload) {
        long start = System.nanoTime();
        T answer = upload.get();
        long drawn = recent.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(KEPT));
        long left = drawn - (System.nanoTime() - start);
        return left <= 0 ? CompletableFuture.completedFuture(answer)
                : CompletableFuture.supplyAsync(() -> answer, CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
    }
}
