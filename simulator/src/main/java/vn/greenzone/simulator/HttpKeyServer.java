package vn.greenzone.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationHmac;
import vn.greenzone.exposurenotification.VerificationKey;

/**
 * Greenzone's key server over HTTP, used as a phone app would: the upload code for a token, the token and
 * the HMAC of the keys for a certificate, the upload; a fake upload of the same size beside each real one;
 * then the published key, the index and every export file it lists.
 */
public final class HttpKeyServer implements KeyServer {

    /** Every upload, real or fake, is padded to this many bytes, so its size tells nothing. */
    public static final int UPLOAD_BYTES = 8192;
    private static final String REGION = "VN";

    private final String base;
    private final IntFunction<String> codeForCase;
    private final Duration exportWait;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final Set<String> listedBefore;
    private int cases;
    /** Keys uploaded whose period is over, so that an export may carry them. */
    private int publishable;

    /**
     * @param codeForCase the upload code a tracer issued to the n-th diagnosed phone (n from 0)
     * @param exportWait how long to wait for the export job to publish the uploads
     */
    public HttpKeyServer(String baseUrl, IntFunction<String> codeForCase, Duration exportWait) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.codeForCase = codeForCase;
        this.exportWait = exportWait;
        this.listedBefore = new HashSet<>(index());
    }

    @Override
    public void publish(int phone, List<TemporaryExposureKey> keys) {
        String token = post("/api/v1/exposure/verify", Map.of("code", codeForCase.apply(cases++)), false)
                .path("token").asString();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        List<Map<String, Object>> uploaded = keys.stream().map(HttpKeyServer::uploaded).toList();
        String hmac = VerificationHmac.of(keys.stream().map(VerificationHmac.UploadedKey::of).toList(), secret);
        String certificate = post("/api/v1/exposure/certificate", Map.of("token", token, "ekeyhmac", hmac), false)
                .path("certificate").asString();
        JsonNode real = post("/api/v1/exposure-keys", upload(uploaded, secret, certificate), false);
        int now = EnIntervals.intervalOf(Instant.now());
        publishable += (int) keys.stream().filter(k -> k.rollingStartIntervalNumber() + k.rollingPeriod() <= now).count();
        // A phone that is not diagnosed sends the same-sized request now and then; the answer must look the same.
        List<Map<String, Object>> decoys = keys.stream().map(key -> uploaded(TemporaryExposureKey.generate(random,
                EnIntervals.startOf(key.rollingStartIntervalNumber())))).toList();
        JsonNode fake = post("/api/v1/exposure-keys", upload(decoys, secret, "f".repeat(certificate.length())), true);
        if (!real.equals(fake)) {
            throw new IllegalStateException("a fake upload was answered differently: " + real + " / " + fake);
        }
    }

    /**
     * Waits until the files published since this server was opened carry every publishable key uploaded (an
     * export holds keys below its minimum count for a later run), or the wait is over; then downloads them all.
     */
    @Override
    public Downloaded download() {
        JsonNode published = get("/api/v1/keys/exposure-export").get(0);
        var key = VerificationKey.fromPem(published.path("keyId").asString(), published.path("keyVersion").asString(),
                published.path("publicKeyPem").asString());
        var reader = new KeyExportReader(key);
        Instant deadline = Instant.now().plus(exportWait);
        Map<String, byte[]> files = new LinkedHashMap<>();
        while (true) {
            int carried = 0;
            for (String path : index()) {
                byte[] file = files.computeIfAbsent(path, p -> bytes("/exposure/exports/" + p));
                carried += listedBefore.contains(path) ? 0 : reader.read(file).keys().size();
            }
            if (carried >= publishable || !Instant.now().isBefore(deadline)) {
                return new Downloaded(new ArrayList<>(files.values()), key);
            }
            sleep();
        }
    }

    private static Map<String, Object> uploaded(TemporaryExposureKey key) {
        return Map.of("key", Base64.getEncoder().encodeToString(key.keyData()), "rollingStartNumber",
                key.rollingStartIntervalNumber(), "rollingPeriod", key.rollingPeriod(), "transmissionRisk",
                key.transmissionRiskLevel());
    }

    /** The upload body, padded to {@link #UPLOAD_BYTES}. */
    private String upload(List<Map<String, Object>> keys, byte[] secret, String certificate) {
        var body = new LinkedHashMap<String, Object>();
        body.put("temporaryExposureKeys", keys);
        body.put("hmacKey", Base64.getEncoder().encodeToString(secret));
        body.put("verificationPayload", certificate);
        body.put("padding", "");
        String unpadded = json.writeValueAsString(body);
        body.put("padding", "=".repeat(Math.max(0, UPLOAD_BYTES - unpadded.length())));
        return json.writeValueAsString(body);
    }

    private JsonNode post(String path, Object body, boolean fake) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Fake", fake ? "1" : "0")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private JsonNode get(String path) {
        return json.readTree(new String(bytes(path), StandardCharsets.UTF_8));
    }

    private List<String> index() {
        var request = HttpRequest.newBuilder(URI.create(base + "/exposure/exports/" + REGION + "/index.txt")).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body().lines().filter(line -> !line.isBlank()).toList() : List.of();
    }

    private byte[] bytes(String path) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
