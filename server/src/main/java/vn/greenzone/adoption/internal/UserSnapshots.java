package vn.greenzone.adoption.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionProperties;
import vn.greenzone.identity.People;
import vn.greenzone.platform.ClusterLock;

/**
 * Greenzone's own count per day: people registered with a phone number by home unit (dependants with their
 * guardian's), taken late each evening and on demand for today. A later count of the same day replaces the earlier.
 */
@Service
public class UserSnapshots {

    private static final long LOCK = 0x61646f7074L; // "adopt"

    private final People people;
    private final FigureRepository figures;
    private final Rollups rollups;
    private final AdoptionProperties properties;
    private final Clock clock;
    private final ClusterLock lock;

    UserSnapshots(People people, FigureRepository figures, Rollups rollups, AdoptionProperties properties, Clock clock,
            ClusterLock lock) {
        this.people = people;
        this.figures = figures;
        this.rollups = rollups;
        this.properties = properties;
        this.clock = clock;
        this.lock = lock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Counts now and files the count under today. */
    @Transactional
    public LocalDate snapshotToday() {
        LocalDate today = today();
        figures.replaceUsers(today, people.registeredByHomeUnit());
        rollups.days(List.of(today));
        return today;
    }

    /** Today's count, taken first if none was taken yet (reports and dashboards ask for today before the evening). */
    @Transactional
    public void ensureToday() {
        if (!figures.usersCounted(today())) {
            snapshotToday();
        }
    }

    /** One node counts; the others find the lock taken and skip. */
    @Scheduled(cron = "${greenzone.adoption.snapshot-cron:0 55 23 * * *}",
            zone = "${greenzone.adoption.zone:Asia/Ho_Chi_Minh}")
    @Transactional
    void evening() {
        if (lock.tryForTransaction(LOCK)) {
            snapshotToday();
        }
    }
}
