package vn.greenzone.checkin.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.greenzone.checkin.Visit;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Live lists of venues over Server-Sent Events. Every check-in and check-out statement notifies the
 * channel {@value CheckinRepository#CHANNEL} when it commits; each app node listens on its own
 * connection and pushes the visit to the browsers connected to it, so a visit recorded on one node
 * shows on a list opened on another.
 */
@Component
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration SNAPSHOT_PERIOD = Duration.ofHours(24);
    private static final int SNAPSHOT_SIZE = 100;

    private final DataSource dataSource;
    private final CheckinRepository repository;
    private final VisitViews views;
    private final Venues venues;
    private final Clock clock;
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    private record Subscriber(SseEmitter emitter, long viewerId) {
    }

    LiveFeed(DataSource dataSource, CheckinRepository repository, VisitViews views, Venues venues, Clock clock) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.views = views;
        this.venues = venues;
        this.clock = clock;
    }

    /** Opens a stream of the venue's visits for a viewer already checked to be its staff: first the latest, then each change. */
    public SseEmitter subscribe(Venue venue, long viewerId) {
        var emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        var subscriber = new Subscriber(emitter, viewerId);
        Set<Subscriber> venueSubscribers = subscribers.computeIfAbsent(venue.id(), id -> ConcurrentHashMap.newKeySet());
        venueSubscribers.add(subscriber);
        Runnable remove = () -> venueSubscribers.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(subscriber, "snapshot", snapshot(venue, viewerId));
        return emitter;
    }

    /** The latest visits of the venue, as the viewer may see them. */
    public List<Visit> snapshot(Venue venue, long viewerId) {
        return views.show(repository.recentAt(venue.id(), clock.instant().minus(SNAPSHOT_PERIOD), SNAPSHOT_SIZE),
                venue, viewerId, "live list");
    }

    /** Number of open streams on this node, for tests and metrics. */
    public int streams(long venueId) {
        return subscribers.getOrDefault(venueId, Set.of()).size();
    }

    void deliver(String payload) {
        String[] parts = payload.split(":");
        long venueId = Long.parseLong(parts[0]);
        Set<Subscriber> venueSubscribers = subscribers.get(venueId);
        if (venueSubscribers == null || venueSubscribers.isEmpty()) {
            return;
        }
        Venue venue = venues.find(venueId);
        if ("*".equals(parts[1])) {
            venueSubscribers.forEach(subscriber -> send(subscriber, "snapshot", snapshot(venue, subscriber.viewerId())));
            return;
        }
        Instant arrival = Instant.EPOCH.plus(Long.parseLong(parts[2]), ChronoUnit.MICROS);
        Optional<StoredVisit> visit = repository.find(Long.parseLong(parts[1]), arrival, venueId);
        visit.ifPresent(stored -> venueSubscribers.forEach(subscriber ->
                send(subscriber, "visit", views.show(List.of(stored), venue, subscriber.viewerId(), "live list").getFirst())));
    }

    private void send(Subscriber subscriber, String event, Object data) {
        try {
            subscriber.emitter().send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // The browser went away; its stream is removed by the emitter's completion callbacks.
            subscriber.emitter().completeWithError(gone);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CheckinRepository.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliverSafely(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live check-in feed lost its database connection; reconnecting: {}", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void deliverSafely(String payload) {
        try {
            deliver(payload);
        } catch (RuntimeException e) {
            log.warn("Could not push check-in notification {}: {}", payload, e.toString());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("checkin-live-feed").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.emitter().complete()));
        subscribers.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
