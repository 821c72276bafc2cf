package vn.greenzone.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.greenzone.reporting.internal.ReportingClock;

/**
 * What the reporting tests need of the shared test context: a clock for the chain that a test can stand at a time
 * of day (and that otherwise follows the real one).
 */
@Configuration(proxyBeanMethods = false)
public class ReportingTestBeans {

    /** The chain's clock at a set instant, or the application's while none is set. */
    public static final class SettableClock extends ReportingClock {

        private final AtomicReference<Instant> at = new AtomicReference<>();

        SettableClock(Clock clock) {
            super(clock);
        }

        public void set(Instant instant) {
            at.set(instant);
        }

        public void reset() {
            at.set(null);
        }

        @Override
        public Instant now() {
            Instant set = at.get();
            return set != null ? set : super.now();
        }
    }

    @Bean
    @Primary
    static SettableClock settableReportingClock(Clock clock) {
        return new SettableClock(clock);
    }
}
