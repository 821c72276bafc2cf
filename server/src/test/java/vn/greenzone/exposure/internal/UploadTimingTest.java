package vn.greenzone.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class UploadTimingTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aFakeIsDueWhenARecentRealUploadWouldHaveBeenAnsweredAndIsNotAnsweredBefore() throws Exception {
        var timing = new UploadTiming();
        for (int i = 0; i < 512; i++) {
            timing.answeredReal(System.nanoTime() - 300 * MS);
        }
        long arrived = System.nanoTime();
        UploadTiming.Fake<String> fake = timing.fake(arrived, () -> "answer");
        assertThat(fake.dueNanos() - arrived).isBetween(300 * MS, 400 * MS);
        assertThat(fake.firesNanos()).as("no answer delay measured yet").isEqualTo(fake.dueNanos());
        assertThat(fake.answer()).isNotDone();
        assertThat(fake.answer().get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(fake.firesNanos());
    }

    @Test
    void fakesFireEarlierByTheMeanTimeTheirAnswersTookAfterFiring() {
        var timing = new UploadTiming();
        for (int i = 0; i < 512; i++) {
            timing.answeredReal(System.nanoTime() - 300 * MS);
        }
        for (int i = 0; i < 400; i++) {
            timing.answeredFake(System.nanoTime() - 40 * MS);
        }
        UploadTiming.Fake<String> fake = timing.fake(System.nanoTime(), () -> "answer");
        assertThat(fake.dueNanos() - fake.firesNanos()).isBetween(38 * MS, 42 * MS);
    }

    @Test
    void aFakeDueAlreadyIsAnsweredAtOnce() {
        var timing = new UploadTiming();
        UploadTiming.Fake<String> fake = timing.fake(System.nanoTime() - 60_000 * MS, () -> "answer");
        assertThat(fake.answer()).isCompletedWithValue("answer");
    }
}
