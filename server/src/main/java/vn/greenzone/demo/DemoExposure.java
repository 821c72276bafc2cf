package vn.greenzone.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.exposure.KeySharing;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.identity.Person;

/**
 * The tracing demo's two cases share their phones' keys: the tracer issues each an upload code (texted,
 * so it is in the SMS outbox with its link), each phone uploads the keys of its last 13 days with it, and
 * the first export is published as soon as the uploads are past the export's grace, instead of at the
 * next hourly run, so `/exposure/exports/VN/index.txt` lists a signed file a minute after start-up.
 */
@Component
class DemoExposure {

    private static final int DAYS = 13;
    private static final Logger log = LoggerFactory.getLogger(DemoExposure.class);

    private final KeySharing keys;
    private final DemoTracing tracing;
    private final TaskScheduler scheduler;
    private final ExposureProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoExposure(KeySharing keys, DemoTracing tracing, TaskScheduler scheduler, ExposureProperties properties, Clock clock) {
        this.keys = keys;
        this.tracing = tracing;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    void load(List<Long> caseIds) {
        Person tracer = tracing.person(DemoTracing.TRACER);
        int shared = 0;
        for (int i = 0; i < caseIds.size(); i++) {
            long caseId = caseIds.get(i);
            String code = DemoSession.as(tracer, () -> keys.issueCode(caseId, true));
            // Each phone from its own documentation address (RFC 5737), as phones have their own.
            shared += keys.shareKeys(code, "192.0.2." + (i + 1), lastDays());
        }
        Instant due = clock.instant().plus(properties.exportGrace()).plus(Duration.ofSeconds(5));
        scheduler.schedule(() -> log.info("Demo data: first exposure export, {}", keys.publishDue()), due);
        log.info("Demo data: {} cases shared {} exposure keys; exported at {}", caseIds.size(), shared, due);
    }

    /** A phone's keys of the last full days, one a day. */
    private List<TemporaryExposureKey> lastDays() {
        var days = new ArrayList<TemporaryExposureKey>();
        for (int d = 1; d <= DAYS; d++) {
            days.add(TemporaryExposureKey.generate(random, clock.instant().minus(Duration.ofDays(d))));
        }
        return days;
    }
}
