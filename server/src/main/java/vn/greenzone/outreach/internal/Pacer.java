package vn.greenzone.outreach.internal;

import java.util.concurrent.TimeUnit;

/**
 * Spaces sends evenly at a rate: each may go no earlier than 1/rate after the one before, so no window of any
 * length holds more than its share (plus one), and an idle spell earns no burst.
 */
final class Pacer {

    private final long interval;
    private long next = System.nanoTime();

    Pacer(int perSecond) {
        this.interval = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    }

    void await() throws InterruptedException {
        long now = System.nanoTime();
        if (next > now) {
            TimeUnit.NANOSECONDS.sleep(next - now);
        }
        next = Math.max(next, now) + interval;
    }
}
