package vn.greenzone.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prepares the uploads of the key server benchmark ({@code benchmarks/exposure/run}) through the API, as
 * tracers and phones make them: for each real upload a contact tracer issues a code for the case, a phone
 * exchanges it for a token (each from its own client address, {@code X-Forwarded-For} in the loopback
 * range: the server allows 10 code checks an hour per address) and asks for the certificate of the HMAC of
 * its keys. Fake uploads are made as the phone app makes them ({@code simulator.HttpKeyServer}): random keys
 * of the same days, a random HMAC secret, a certificate of the same length that is not one.
 *
 * <p>Each body is written on a line of its own, cut after {@code "padding":"}: the wrk script pads it to
 * the same size for every upload, real or fake, and closes it. Runnable as a single source file (JDK only).
 *
 * <p>Arguments: base URL, tracer's bearer token, case id, real uploads, fake uploads, keys per upload (1-14,
 * the last days' keys, today's included), threads, file of real bodies, file of fake bodies, first address
 * number (so that two runs against one server use different addresses), today's first interval (0: from the
 * clock). Prints {@code RESULT} with counts, the mean milliseconds of each step, and how many code issues the
 * server answered 500 and were asked again (a drawn code that is taken makes the server fail, see
 * benchmarks/exposure/findings.md).
 */
public final class ExposureUploads {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{8})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern CERTIFICATE = Pattern.compile("\"certificate\"\\s*:\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String tracer;
    private final long caseId;
    private final int keysPerUpload;
    private final int firstAddress;
    /** Nanoseconds spent in each step, summed over threads: issue, verify, certificate. */
    private final long[] stepNanos = new long[3];
    /** Code issues answered 500 and asked again. */
    private final AtomicInteger issueErrors = new AtomicInteger();

    /** An answer 5xx. */
    private static final class ServerError extends IllegalStateException {
        ServerError(String message) {
            super(message);
        }
    }

    private ExposureUploads(String base, String tracer, long caseId, int keysPerUpload, int firstAddress) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.tracer = tracer;
        this.caseId = caseId;
        this.keysPerUpload = keysPerUpload;
        this.firstAddress = firstAddress;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 11) {
            System.err.println("usage: ExposureUploads <base URL> <tracer token> <case id> <real> <fake> <keys per upload>"
                    + " <threads> <real bodies file> <fake bodies file> <first address number> <today's first interval or 0>");
            System.exit(2);
        }
        int real = Integer.parseInt(args[3]);
        int fake = Integer.parseInt(args[4]);
        int keys = Integer.parseInt(args[5]);
        int threads = Integer.parseInt(args[6]);
        if (keys < 1 || keys > 14) {
            throw new IllegalArgumentException("keys per upload must be 1 to 14");
        }
        var uploads = new ExposureUploads(args[0], args[1], Long.parseLong(args[2]), keys, Integer.parseInt(args[9]));
        int today = Integer.parseInt(args[10]);
        int firstInterval = today != 0 ? today : (int) (Instant.now().getEpochSecond() / 600 / 144 * 144);

        long start = System.nanoTime();
        String[] bodies = new String[real];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < real; i = next.getAndIncrement()) {
                        bodies[i] = uploads.realUpload(i, firstInterval);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.write(Path.of(args[7]), Arrays.asList(bodies), StandardCharsets.UTF_8);
        int certificateLength = real > 0 ? certificateOf(bodies[0]).length() : 300;
        List<String> fakes = new ArrayList<>(fake);
        for (int i = 0; i < fake; i++) {
            fakes.add(uploads.body(randomKeys(keys, firstInterval), "f".repeat(certificateLength)));
        }
        Files.write(Path.of(args[8]), fakes, StandardCharsets.UTF_8);
        int longest = 0;
        for (String b : bodies) {
            longest = Math.max(longest, b.length());
        }
        for (String b : fakes) {
            longest = Math.max(longest, b.length());
        }
        System.out.println(String.format(Locale.ROOT,
                "RESULT real=%d fake=%d seconds=%.1f chains_per_s=%.1f issue_ms=%.2f verify_ms=%.2f certificate_ms=%.2f"
                        + " longest_unpadded=%d certificate_chars=%d threads=%d issue_500=%d",
                real, fake, seconds, real / Math.max(seconds, 1e-9), uploads.meanMillis(0, real), uploads.meanMillis(1, real),
                uploads.meanMillis(2, real), longest, certificateLength, threads, uploads.issueErrors.get()));
    }

    private double meanMillis(int step, int count) {
        synchronized (stepNanos) {
            return count == 0 ? 0 : stepNanos[step] / 1e6 / count;
        }
    }

    /** Code, token and certificate for upload {@code i}; returns its body, cut after the padding's opening quote. */
    private String realUpload(int i, int firstInterval) {
        long t0 = System.nanoTime();
        String issued = null;
        for (int attempt = 1; issued == null; attempt++) {
            try {
                issued = post("/api/v1/cases/" + caseId + "/exposure-codes", "{\"testType\":\"CONFIRMED\"}",
                        "Authorization", "Bearer " + tracer);
            } catch (ServerError e) {
                // The server answers 500 when the eight digits it drew are taken (its retry cannot work in the
                // aborted transaction): the tracer asks again. Counted and reported.
                issueErrors.incrementAndGet();
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        String code = group(CODE, issued, "code");
        long t1 = System.nanoTime();
        // Addresses 127.1.0.0 and up: one per code, so that no address checks more than one code.
        int address = firstAddress + i;
        String forwarded = "127." + (1 + (address >>> 16) % 254) + "." + ((address >>> 8) & 255) + "." + (address & 255);
        String token = group(TOKEN, post("/api/v1/exposure/verify", "{\"code\":\"" + code + "\"}", "X-Forwarded-For", forwarded),
                "token");
        long t2 = System.nanoTime();
        List<String[]> keys = randomKeys(keysPerUpload, firstInterval);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String certificate = group(CERTIFICATE, post("/api/v1/exposure/certificate",
                "{\"token\":\"" + token + "\",\"ekeyhmac\":\"" + hmac(keys, secret) + "\"}", "X-Forwarded-For", forwarded),
                "certificate");
        long t3 = System.nanoTime();
        synchronized (stepNanos) {
            stepNanos[0] += t1 - t0;
            stepNanos[1] += t2 - t1;
            stepNanos[2] += t3 - t2;
        }
        return body(keys, secret, certificate);
    }

    /** Keys of the last {@code n} UTC days, today's included: {key base64, rolling start}. */
    private static List<String[]> randomKeys(int n, int today) {
        List<String[]> keys = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            keys.add(new String[] {Base64.getEncoder().encodeToString(key), Integer.toString(today - 144 * d)});
        }
        return keys;
    }

    private String body(List<String[]> keys, String certificate) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return body(keys, secret, certificate);
    }

    private static String body(List<String[]> keys, byte[] secret, String certificate) {
        StringBuilder s = new StringBuilder("{\"temporaryExposureKeys\":[");
        for (int i = 0; i < keys.size(); i++) {
            s.append(i == 0 ? "" : ",").append("{\"key\":\"").append(keys.get(i)[0]).append("\",\"rollingStartNumber\":")
                    .append(keys.get(i)[1]).append(",\"rollingPeriod\":144,\"transmissionRisk\":4}");
        }
        return s.append("],\"hmacKey\":\"").append(Base64.getEncoder().encodeToString(secret))
                .append("\",\"verificationPayload\":\"").append(certificate).append("\",\"padding\":\"").toString();
    }

    private static String certificateOf(String body) {
        Matcher m = Pattern.compile("\"verificationPayload\":\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    /** The EN verification server's HMAC: keys sorted by base64 text, key.start.period.risk, comma separated. */
    private static String hmac(List<String[]> keys, byte[] secret) {
        StringBuilder message = new StringBuilder();
        keys.stream().sorted(Comparator.comparing((String[] k) -> k[0])).forEach(k ->
                message.append(message.isEmpty() ? "" : ",").append(k[0]).append('.').append(k[1]).append(".144.4"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String post(String path, String json, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 5) {
                throw new ServerError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String group(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + text);
        }
        return m.group(1);
    }
}
