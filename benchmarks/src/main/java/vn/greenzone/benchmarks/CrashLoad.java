package vn.greenzone.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of the crash runs of benchmarks/load/run: keeps check-ins (or device batches) coming while
 * the script kills the application or its PostgreSQL, and writes down every answer that acknowledged
 * something, so that the script can count afterwards that each is stored, once. wrk cannot do this: it
 * neither keeps the answers nor re-sends a batch whose answer was lost. Runs as a single source file
 * ({@code java CrashLoad.java ...}), so the benchmark needs no build of this module.
 *
 * <p>Runs until the stop file exists; prints {@code RUNNING} at its first acknowledged answer, so that the script
 * kills only once load is flowing.
 *
 * <p>{@code selfscan <base url> <tokens file> <posters file> <connections> <stop file> <acknowledged file>}: a
 * random person checks in at a random venue; every 201 adds its visit id to the file. A check-in without an
 * answer is not sent again (a person would scan again; the count of unanswered ones is printed).
 *
 * <p>{@code devices <base url> <device keys file> <codes file> <connections> <stop file> <acknowledged file> <batch>}:
 * each connection sends batches of scans with new event ids; a batch whose answer was lost (no answer, 503) is
 * sent again, unchanged, until it is answered, as a device does; every accepted or duplicate item adds
 * "key-index event-id visit-id" to the file.
 *
 * <p>Prints {@code RESULT sent=.. s201=.. s200=.. s503=.. s503_without_retry_after=.. s500=.. other=..
 * no_answer=.. resent=.. longest_without_success_ms=..}, then the statuses seen.
 */
public final class CrashLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern VISIT_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ITEM = Pattern.compile(
            "\"eventId\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"outcome\"\\s*:\\s*\"(ACCEPTED|DUPLICATE)\"\\s*,\\s*\"visitId\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder noAnswer = new LongAdder();
    private final LongAdder resent = new LongAdder();
    private final LongAdder withoutRetryAfter = new LongAdder();
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastSuccess = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGap = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7 || !(args[0].equals("selfscan") || args[0].equals("devices"))) {
            System.err.println("usage: CrashLoad selfscan|devices <base url> <file> <file> <connections> <stop file> <acknowledged file> [batch]");
            System.exit(2);
        }
        new CrashLoad().run(args);
    }

    private void run(String[] args) throws Exception {
        String base = args[1];
        List<String> first = Files.readAllLines(Path.of(args[2]));
        List<String> second = Files.readAllLines(Path.of(args[3]));
        int connections = Integer.parseInt(args[4]);
        Path stop = Path.of(args[5]);
        boolean devices = args[0].equals("devices");
        int batch = devices ? Integer.parseInt(args[7]) : 0;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            threads.add(Thread.ofVirtual().start(() -> {
                long n = 0;
                while (!Files.exists(stop)) {
                    if (devices) {
                        int key = ThreadLocalRandom.current().nextInt(first.size());
                        sendUntilAnswered(base, key, first.get(key), batchBody(connection + "-" + n++, second, batch), stop);
                    } else {
                        checkIn(base, first.get(ThreadLocalRandom.current().nextInt(first.size())),
                                second.get(ThreadLocalRandom.current().nextInt(second.size())));
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.write(Path.of(args[6]), acknowledged);
        Map<String, Long> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.sum()));
        long other = seen.entrySet().stream().filter(e -> !List.of("200", "201", "503", "500").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("RESULT sent=%d s201=%d s200=%d s503=%d s503_without_retry_after=%d s500=%d other=%d no_answer=%d resent=%d longest_without_success_ms=%d%n",
                sent.sum(), seen.getOrDefault("201", 0L), seen.getOrDefault("200", 0L), seen.getOrDefault("503", 0L),
                withoutRetryAfter.sum(), seen.getOrDefault("500", 0L), other, noAnswer.sum(), resent.sum(),
                Math.max(longestGap.get(), System.nanoTime() - lastSuccess.get()) / 1_000_000);
        System.out.println("STATUSES " + seen);
    }

    private void checkIn(String base, String token, String poster) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/checkins")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"qr\":\"" + poster + "\"}")).build();
        HttpResponse<String> response = send(request);
        if (response != null && response.statusCode() == 201) {
            Matcher id = VISIT_ID.matcher(response.body());
            if (id.find()) {
                acknowledged.add(id.group(1));
            }
        }
    }

    /** A device's batch: sent again, unchanged, until it is answered (or the run ends). */
    private void sendUntilAnswered(String base, int key, String deviceKey, String body, Path stop) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/devices/scans")).timeout(TIMEOUT)
                .header("X-Device-Key", deviceKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (boolean again = false; !again || !Files.exists(stop); again = true) {
            if (again) {
                resent.increment();
            }
            HttpResponse<String> response = send(request);
            if (response != null && response.statusCode() == 200) {
                Matcher item = ITEM.matcher(response.body());
                while (item.find()) {
                    acknowledged.add(key + " " + item.group(1) + " " + item.group(3));
                }
                return;
            }
            if (response != null && response.statusCode() != 503) {
                return;
            }
        }
    }

    private static String batchBody(String tag, List<String> codes, int size) {
        StringBuilder body = new StringBuilder("{\"scans\":[");
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append("{\"eventId\":\"crash-").append(tag).append('-').append(i)
                    .append("\",\"qr\":").append(codes.get(ThreadLocalRandom.current().nextInt(codes.size())))
                    .append(",\"scannedAt\":\"")
                    .append(java.time.Instant.ofEpochSecond(now - ThreadLocalRandom.current().nextInt(60, 86_000)))
                    .append("\"}");
        }
        return body.append("]}").toString();
    }

    /** Sends, counting the answer; null when none came (refused, reset, timed out). */
    private HttpResponse<String> send(HttpRequest request) {
        sent.increment();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(Integer.toString(response.statusCode()), s -> new LongAdder()).increment();
            if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                withoutRetryAfter.increment();
            }
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                if (running.compareAndSet(false, true)) {
                    System.out.println("RUNNING");
                    System.out.flush();
                }
                long now = System.nanoTime();
                long previous = lastSuccess.getAndSet(now);
                longestGap.accumulateAndGet(now - previous, Math::max);
            } else if (response.statusCode() == 503) {
                pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L) * 100);
            }
            return response;
        } catch (IOException e) {
            noAnswer.increment();
            pause(100);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
