package vn.greenzone.hotline.internal;

import java.time.Duration;
import java.time.Instant;

/** Time left to the deadline when the page was made, negative once past it: what the queue's countdown shows. */
public record Countdown(long minutes, boolean late) {

    static Countdown of(Instant due, Instant now) {
        return new Countdown(Duration.between(now, due).toMinutes(), due.isBefore(now));
    }

    public long hours() {
        return Math.abs(minutes) / 60;
    }

    public long restMinutes() {
        return Math.abs(minutes) % 60;
    }
}
