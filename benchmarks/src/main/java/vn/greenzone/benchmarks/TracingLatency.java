package vn.greenzone.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times one GET of the HTTP API, the way a tracer's browser asks it: one request after the other on one
 * kept-alive connection, from sending the request to the last byte of the answer. Used by
 * benchmarks/tracing/run, and runnable as a single source file ({@code java TracingLatency.java ...}) so
 * that the benchmark needs no build of this module.
 *
 * <p>Arguments: URL, bearer token, warm-up requests, measured requests. Prints two lines after the
 * warm-up requests (not counted): {@code RESULT n=.. min_ms=.. p50_ms=.. p95_ms=.. max_ms=.. mean_ms=..
 * bytes=..}, and {@code SAMPLES} with every measured time in milliseconds in the order measured (a
 * drift shows there); exits with 1 on any answer other than 200.
 */
public final class TracingLatency {

    private TracingLatency() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: TracingLatency <url> <token> <warm-up requests> <measured requests>");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String token = args[1];
        int warmup = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2))
                .GET()
                .build();
        for (int i = 0; i < warmup; i++) {
            send(client, request);
        }
        double[] millis = new double[count];
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            bytes = send(client, request);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        StringBuilder samples = new StringBuilder("SAMPLES");
        for (double m : millis) {
            samples.append(String.format(Locale.ROOT, " %.1f", m));
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);
        System.out.println(String.format(Locale.ROOT,
                "RESULT n=%d min_ms=%.1f p50_ms=%.1f p95_ms=%.1f max_ms=%.1f mean_ms=%.1f bytes=%d",
                count, millis[0], percentile(millis, 50), percentile(millis, 95), millis[count - 1], mean, bytes));
        System.out.println(samples);
    }

    /** Nearest rank: the smallest measure with at least {@code p} % of the measures at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            System.err.println("HTTP " + response.statusCode() + " from " + request.uri() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            System.exit(1);
        }
        return response.body().length;
    }
}
