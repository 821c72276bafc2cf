package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationKey;
import vn.greenzone.exposurenotification.VerificationHmac;
import vn.greenzone.identity.Role;

/** A case, its upload code, and a phone holding keys, made through the API as tracers and phones make them. */
abstract class ExposureFixtures extends CheckinFixtures {

    static final SecureRandom RANDOM = new SecureRandom();

    record Phone(List<Map<String, Object>> keys, String hmacKey, String hmac) {
    }

    /** Keys of the last {@code days} UTC days, today's included, as a phone holds them. */
    static Phone phone(int days) {
        var keys = new ArrayList<Map<String, Object>>();
        Instant now = Instant.now();
        for (int d = days - 1; d >= 0; d--) {
            TemporaryExposureKey tek = TemporaryExposureKey.generate(RANDOM, now.minus(Duration.ofDays(d)));
            keys.add(Map.of("key", Base64.getEncoder().encodeToString(tek.keyData()), "rollingStartNumber",
                    tek.rollingStartIntervalNumber(), "rollingPeriod", 144, "transmissionRisk", 4));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Phone(keys, Base64.getEncoder().encodeToString(secret), hmac(keys, secret));
    }

    /** The HMAC in the verification server's format (pinned by the library's own test). */
    static String hmac(List<Map<String, Object>> keys, byte[] secret) {
        return VerificationHmac.of(keys.stream().map(k -> new VerificationHmac.UploadedKey((String) k.get("key"),
                (int) k.get("rollingStartNumber"), (int) k.get("rollingPeriod"), (int) k.get("transmissionRisk"))).toList(),
                secret);
    }

    static Map<String, Object> key(int rollingStart, int period) {
        byte[] data = new byte[16];
        RANDOM.nextBytes(data);
        return Map.of("key", Base64.getEncoder().encodeToString(data), "rollingStartNumber", rollingStart,
                "rollingPeriod", period, "transmissionRisk", 4);
    }

    record Issued(String code, long caseId, TestHttp.Token tracer, TestHttp.Token patient) {
    }

    Issued issue() {
        TestHttp.Token patient = person("Lâm Thị Dương");
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var body = new HashMap<String, Object>(Map.of("phone", http().nationalPhone(patient.personId()), "unitCode", COMMUNE,
                "sampleDate", today.toString(), "onsetDate", today.minusDays(2).toString(), "isolationDate", today.toString()));
        TestHttp.Response c = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        long caseId = c.json().path("id").asLong();
        TestHttp.Response issued = http().post("/api/v1/cases/" + caseId + "/exposure-codes").bearer(tracer.token())
                .json(Map.of("testType", "CONFIRMED")).send();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String code = issued.json().path("code").asText();
        assertThat(code).matches("\\d{8}");
        assertThat(issued.json().path("linkCode").asText()).matches("[A-Za-z0-9_-]{22}");
        return new Issued(code, caseId, tracer, patient);
    }

    String certificate(String code, String hmac) {
        TestHttp.Response token = http().post("/api/v1/exposure/verify").json(Map.of("code", code)).send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().path("testType").asText()).isEqualTo("CONFIRMED");
        TestHttp.Response certificate = http().post("/api/v1/exposure/certificate")
                .json(Map.of("token", token.json().path("token").asText(), "ekeyhmac", hmac)).send();
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
        return certificate.json().path("certificate").asText();
    }

    TestHttp.Response upload(Phone phone, String certificate, boolean fake) {
        var body = Map.of("temporaryExposureKeys", phone.keys(), "hmacKey", phone.hmacKey(), "verificationPayload",
                certificate, "padding", "x".repeat(100));
        return http().post("/api/v1/exposure-keys").header("X-Fake", fake ? "1" : "0").json(body).send();
    }

    /** A phone holding 14 days of keys that has uploaded them with a fresh code, as a diagnosed person's phone does. */
    Phone uploaded() {
        Phone phone = phone(14);
        assertThat(upload(phone, certificate(issue().code(), phone.hmac()), false).status()).isEqualTo(200);
        return phone;
    }

    /** A file the server serves, as raw bytes (export files are zips). */
    HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Reads exports as a phone does: only files signed with the key the server publishes. */
    KeyExportReader publishedKeyReader() {
        JsonNode published = http().get("/api/v1/keys/exposure-export").send().json().get(0);
        assertThat(published.path("keyId").asText()).isEqualTo("452");
        return new KeyExportReader(VerificationKey.fromPem(published.path("keyId").asText(),
                published.path("keyVersion").asText(), published.path("publicKeyPem").asText()));
    }

    long stored(Phone phone) {
        List<byte[]> data = phone.keys().stream().map(k -> Base64.getDecoder().decode((String) k.get("key"))).toList();
        return data.stream().mapToLong(key -> jdbc.sql("select count(*) from exposure_key where key_data = :k")
                .param("k", key).query(Long.class).single()).sum();
    }
}
