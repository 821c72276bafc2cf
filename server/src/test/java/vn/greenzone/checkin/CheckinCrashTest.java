package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.AppProcess;
import vn.greenzone.TestHttp;

/**
 * Crash safety (issue 13), on a node in a JVM of its own with its embedded PostgreSQL: PostgreSQL killed under
 * load is restarted by the application while clients are told 503 with Retry-After; the application killed with
 * {@code kill -9} leaves its PostgreSQL running, and the next start stops it and runs the only one. Through
 * both, every check-in answered 201 is stored, once, and a device batch sent again is stored once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckinCrashTest extends CheckinFixtures {

    private static final Path DATA = Path.of("target/crash-test").toAbsolutePath();
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * With no collapse window every scan is a visit of its own, so a few visitors make any number of check-ins,
     * each known by the visit id its 201 answered.
     */
    private static final String[] NODE = {"--greenzone.checkin.collapse-window=0s"};

    private AppProcess node;
    private TestVenue venue;
    private final List<String> visitors = new ArrayList<>();
    /** Visits answered 201, and the number of check-ins answered otherwise, over every load of the class. */
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger uncertain = new AtomicInteger();

    /** The fixtures talk to the node in its own JVM, not to the suite's shared application. */
    @Override
    protected TestHttp http() {
        return node.http();
    }

    @BeforeAll
    void startNode() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        node = AppProcess.start(DATA, NODE);
        venue = venue("RESTAURANT");
        for (int i = 0; i < 8; i++) {
            visitors.add(http().signInApi(TestHttp.randomPhone()).token());
        }
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (node != null && node.isAlive()) {
            node.kill();
        }
        // whatever a failed test left behind must not outlive the build
        AppProcess.postmastersOf(DATA).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    @Order(1)
    void postgresKilledUnderLoadIs503sUntilTheApplicationHasRestartedIt() throws Exception {
        TestVenue gate = venue("INDUSTRIAL_ZONE");
        String gateKey = deviceKey(gate);
        List<Map<String, Object>> batch = batches(List.of(printedQr(person("Công Nhân Ca Đêm")))).getFirst();
        ProcessHandle killed = AppProcess.postmaster(DATA).orElseThrow();
        Load load = new Load(false);
        TestHttp.Response answered;
        try (load) {
            load.awaitAnswered(20);
            killed.destroyForcibly();
            // a device sending as PostgreSQL dies sends its batch again until it is answered
            answered = sendUntilAnswered(gateKey, batch);
            await("a new PostgreSQL", () -> AppProcess.postmaster(DATA).filter(p -> p.pid() != killed.pid()).isPresent());
            int before = load.created.get();
            await("check-ins after the restart", () -> load.created.get() >= before + 20);
        }

        assertThat(load.wrong).as("every answer is 201 or 503 with Retry-After, within %s", CLIENT_TIMEOUT).isEmpty();
        assertThat(load.unavailable.get()).as("requests while PostgreSQL was down").isPositive();
        assertStoredOnce();
        assertThat(answered.json().path("accepted").asInt() + answered.json().path("duplicates").asInt())
                .as(answered.toString()).isEqualTo(batch.size());
        assertThat(sendBatch(gateKey, batch).json().path("duplicates").asInt()).as("sent once more").isEqualTo(batch.size());
        assertThat(node.database().sql("select count(*) from checkin where venue_id = :venue and method = 'DEVICE'")
                .param("venue", gate.id()).query(Long.class).single()).as("one row per scan").isEqualTo(batch.size());
    }

    /** Sends a device batch again while the answer is 503 (PostgreSQL down), as a device does; the answer that came. */
    private TestHttp.Response sendUntilAnswered(String key, List<Map<String, Object>> batch) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        TestHttp.Response response = sendBatch(key, batch);
        while (response.status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            response = sendBatch(key, batch);
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    @Order(2)
    void afterKill9TheNextStartStopsTheOrphanedPostgresAndNothingAcknowledgedIsLost() throws Exception {
        String deviceKey = deviceKey(venue);
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            printed.add(printedQr(person("Khách " + i)));
        }
        List<List<Map<String, Object>>> batches = batches(printed);
        TestHttp.Response first = sendBatch(deviceKey, batches.getFirst());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(batches.getFirst().size());

        Load load = new Load(true);
        try (load) {
            load.awaitAnswered(20);
            // The second batch is on its way when the node dies: stored or not, its answer does not come.
            HttpClient.newHttpClient().sendAsync(batchRequest(deviceKey, batches.get(1)), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(20);
            node.kill();
        }
        assertThat(load.wrong).as("answers before the kill").isEmpty();
        ProcessHandle orphan = AppProcess.postmaster(DATA)
                .orElseThrow(() -> new AssertionError("kill -9 of the application leaves its PostgreSQL running"));

        node = AppProcess.start(DATA, NODE);

        assertThat(orphan.isAlive()).as("the orphaned PostgreSQL is stopped").isFalse();
        ProcessHandle postgres = AppProcess.postmaster(DATA).orElseThrow();
        assertThat(AppProcess.postmastersOf(DATA)).as("PostgreSQL processes on the data folder")
                .containsExactly(postgres);
        assertStoredOnce();

        // the device sends everything again, as it does after a lost answer
        for (List<Map<String, Object>> batch : batches) {
            TestHttp.Response again = sendBatch(deviceKey, batch);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            for (JsonNode result : again.json().path("results")) {
                assertThat(result.path("outcome").asString()).as(again.toString()).isIn("ACCEPTED", "DUPLICATE");
            }
        }
        assertThat(sendBatch(deviceKey, batches.getFirst()).json().path("duplicates").asInt())
                .isEqualTo(batches.getFirst().size());
        List<Long> perEvent = node.database().sql("""
                select count(*) from checkin where venue_id = :venue and method = 'DEVICE' group by client_event_id""").param("venue", venue.id()).query(Long.class).list();
        assertThat(perEvent).as("rows per event id").hasSize(batches.stream().mapToInt(List::size).sum())
                .allMatch(rows -> rows == 1);
    }

    @Test
    @Order(3)
    void aNormalStopStopsItsPostgresToo() throws Exception {
        node.stop();

        assertThat(AppProcess.postmastersOf(DATA)).isEmpty();
        // PostgreSQL stops last: no job, request or cache listener finds it gone while the application stops
        List<String> log = Files.readAllLines(DATA.resolve("node-" + node.port() + ".log"));
        int stopping = IntStream.range(0, log.size()).filter(i -> log.get(i).contains("Commencing graceful shutdown"))
                .max().orElseThrow();
        assertThat(log.subList(stopping, log.size())).noneMatch(line -> line.matches("^\\S+\\s+(WARN|ERROR) .*"));
    }

    /** Every visit answered 201 is stored once; at most as many more as requests got no 201 (503, or cut off). */
    private void assertStoredOnce() {
        List<Long> stored = node.database().sql("select id from checkin where venue_id = :venue and method = 'SELF'")
                .param("venue", venue.id()).query(Long.class).list();
        assertThat(new HashSet<>(stored)).as("no visit stored twice").hasSameSizeAs(stored).containsAll(acknowledged);
        assertThat(stored.size()).isLessThanOrEqualTo(acknowledged.size() + uncertain.get());
    }

    /** Four batches of ten scans, each scan a visit of its own: a person at a distinct time. */
    private static List<List<Map<String, Object>>> batches(List<String> printed) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<Map<String, Object>> scans = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                scans.add(Map.of("eventId", "crash-" + b + "-" + i, "qr", printed.get(i % printed.size()),
                        "scannedAt", start.plusSeconds(b * 10L + i).toString()));
            }
            batches.add(scans);
        }
        return batches;
    }

    private TestHttp.Response sendBatch(String key, List<Map<String, Object>> scans) {
        return http().post("/api/v1/devices/scans").header("X-Device-Key", key).json(Map.of("scans", scans)).send();
    }

    private HttpRequest batchRequest(String key, List<Map<String, Object>> scans) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/api/v1/devices/scans"))
                .header("X-Device-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("scans", scans)))).build();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + what + " within " + RECOVERY);
            }
            Thread.sleep(50);
        }
    }

    /** Three phones checking in at the venue's poster one request after the other, every answer recorded. */
    private final class Load implements AutoCloseable {

        private final boolean nodeDies;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        private final ExecutorService phones = Executors.newFixedThreadPool(3);
        private final AtomicInteger created = new AtomicInteger();
        private final AtomicInteger unavailable = new AtomicInteger();
        private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;

        /** {@code nodeDies}: a request cut off without an answer is expected, the node being killed. */
        Load(boolean nodeDies) {
            this.nodeDies = nodeDies;
            for (int phone = 0; phone < 3; phone++) {
                int first = phone;
                phones.execute(() -> checkInRepeatedly(first));
            }
        }

        private void checkInRepeatedly(int phone) {
            for (int i = phone; running; i += 3) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/api/v1/checkins"))
                        .timeout(CLIENT_TIMEOUT).header("Authorization", "Bearer " + visitors.get(i % visitors.size()))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", TestHttp.randomAddress())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("qr", venue.posterUrl()))))
                        .build();
                try {
                    record(client.send(request, HttpResponse.BodyHandlers.ofString()));
                } catch (HttpTimeoutException e) {
                    wrong.add("no answer within " + CLIENT_TIMEOUT);
                    uncertain.incrementAndGet();
                } catch (ConnectException e) {
                    // never reached a node: nothing can have been stored
                    if (!nodeDies) {
                        wrong.add("no node: " + e);
                    }
                } catch (IOException e) {
                    if (!nodeDies) {
                        wrong.add("connection lost: " + e);
                    }
                    uncertain.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void record(HttpResponse<String> response) {
            if (response.statusCode() == 201) {
                acknowledged.add(JSON.readTree(response.body()).path("visit").path("id").asLong());
                created.incrementAndGet();
            } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                    && JSON.readTree(response.body()).path("code").asString().equals("database-unavailable")) {
                unavailable.incrementAndGet();
                uncertain.incrementAndGet();
            } else {
                wrong.add(response.statusCode() + " " + response.headers().map() + " " + response.body());
            }
        }

        void awaitAnswered(int checkIns) throws InterruptedException {
            await(checkIns + " check-ins", () -> created.get() >= checkIns);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            phones.shutdown();
            assertThat(phones.awaitTermination(CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();
        }
    }
}
