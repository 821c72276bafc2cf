package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.identity.Role;

/**
 * A case's phone uploads its keys: code from a tracer, token, certificate bound to the keys' HMAC, upload;
 * and everything a phone or an attacker could get wrong is refused with a fitting status.
 */
class ExposureKeyUploadTest extends CheckinFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Phone(List<Map<String, Object>> keys, String hmacKey, String hmac) {
    }

    /** Keys of the last {@code days} UTC days, today's included, as a phone holds them. */
    private static Phone phone(int days) {
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

    private static Map<String, Object> key(int rollingStart, int period) {
        byte[] data = new byte[16];
        RANDOM.nextBytes(data);
        return Map.of("key", Base64.getEncoder().encodeToString(data), "rollingStartNumber", rollingStart,
                "rollingPeriod", period, "transmissionRisk", 4);
    }

    /** The EN verification server's format, written out here so that a change of it fails this test. */
    private static String hmac(List<Map<String, Object>> keys, byte[] secret) {
        String message = keys.stream().sorted(Comparator.comparing(k -> (String) k.get("key")))
                .map(k -> k.get("key") + "." + k.get("rollingStartNumber") + "." + k.get("rollingPeriod") + "."
                        + k.get("transmissionRisk"))
                .collect(Collectors.joining(","));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Issued(String code, long caseId, TestHttp.Token tracer, TestHttp.Token patient) {
    }

    private Issued issue() {
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
        assertThat(issued.json().path("link").asText()).contains("/exposure/upload#");
        return new Issued(code, caseId, tracer, patient);
    }

    private String certificate(String code, String hmac) {
        TestHttp.Response token = http().post("/api/v1/exposure/verify").json(Map.of("code", code)).send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().path("testType").asText()).isEqualTo("CONFIRMED");
        TestHttp.Response certificate = http().post("/api/v1/exposure/certificate")
                .json(Map.of("token", token.json().path("token").asText(), "ekeyhmac", hmac)).send();
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
        return certificate.json().path("certificate").asText();
    }

    private TestHttp.Response upload(Phone phone, String certificate, boolean fake) {
        var body = Map.of("temporaryExposureKeys", phone.keys(), "hmacKey", phone.hmacKey(), "verificationPayload",
                certificate, "padding", "x".repeat(100));
        return http().post("/api/v1/exposure-keys").header("X-Fake", fake ? "1" : "0").json(body).send();
    }

    private long stored(Phone phone) {
        List<byte[]> data = phone.keys().stream().map(k -> Base64.getDecoder().decode((String) k.get("key"))).toList();
        return data.stream().mapToLong(key -> jdbc.sql("select count(*) from exposure_key where key_data = :k")
                .param("k", key).query(Long.class).single()).sum();
    }

    @Test
    void aCaseUploadsItsKeysWithACodeTheTracerIssued() {
        Issued issued = issue();
        String sms = jdbc.sql("select body from sms_outbox where recipient = :to order by id desc limit 1")
                .param("to", TestHttp.international(http().nationalPhone(issued.patient().personId())))
                .query(String.class).single();
        assertThat(sms).contains(issued.code());

        Phone phone = phone(3);
        String certificate = certificate(issued.code(), phone.hmac());
        TestHttp.Response uploaded = upload(phone, certificate, false);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().path("insertedExposures").asInt()).isEqualTo(3);
        assertThat(stored(phone)).isEqualTo(3);
        // Onset two days ago (local date): the certificate, not the phone, says how far each key's day is from it.
        List<Integer> sinceOnset = jdbc.sql("""
                        select days_since_onset from exposure_key where key_data = any(:keys) order by rolling_start""")
                .param("keys", phone.keys().stream().map(k -> Base64.getDecoder().decode((String) k.get("key"))).toArray(byte[][]::new))
                .query(Integer.class).list();
        assertThat(sinceOnset).hasSize(3);
        assertThat(jdbc.sql("select count(*) from exposure_key where key_data = :k and report_type = 1 and available_at > now()")
                .param("k", Base64.getDecoder().decode((String) phone.keys().getLast().get("key"))).query(Long.class).single())
                .as("today's key is held until its day is over").isEqualTo(1);

        assertProblem(upload(phone, certificate, false), 409, "exposure.certificate-used");
        assertProblem(http().post("/api/v1/exposure/verify").language("en").json(Map.of("code", issued.code())).send(), 400,
                "exposure.code-invalid");
    }

    @Test
    void aCertificateFitsOnlyItsKeysAndOnlyIfItIsOurs() {
        Issued issued = issue();
        Phone phone = phone(2);
        String certificate = certificate(issued.code(), phone.hmac());
        Phone other = phone(2);
        assertProblem(upload(new Phone(other.keys(), phone.hmacKey(), phone.hmac()), certificate, false), 401,
                "exposure.hmac-mismatch");
        char last = certificate.charAt(certificate.length() - 2);
        String forged = certificate.substring(0, certificate.length() - 2) + (last == 'A' ? 'B' : 'A')
                + certificate.charAt(certificate.length() - 1);
        assertProblem(upload(phone, forged, false), 401, "exposure.certificate-invalid");
        assertProblem(upload(phone, "not.a.certificate", false), 401, "exposure.certificate-invalid");
        assertThat(stored(phone)).isZero();
        assertThat(upload(phone, certificate, false).status()).isEqualTo(200);
    }

    @Test
    void aFakeUploadIsAnsweredAlikeAndStoresNothing() {
        Issued issued = issue();
        Phone real = phone(3);
        TestHttp.Response realAnswer = upload(real, certificate(issued.code(), real.hmac()), false);
        Phone fake = phone(3);
        TestHttp.Response fakeAnswer = upload(fake, "x".repeat(300), true);
        assertThat(fakeAnswer.status()).isEqualTo(realAnswer.status()).isEqualTo(200);
        assertThat(fakeAnswer.body()).isEqualTo(realAnswer.body());
        assertThat(fakeAnswer.contentType()).isEqualTo(realAnswer.contentType());
        assertThat(stored(fake)).isZero();
        assertThat(stored(real)).isEqualTo(3);
    }

    @Test
    void badKeysAreRefusedOneRuleAtATime() {
        Phone phone = phone(2);
        List<Map<String, Object>> keys = phone.keys();
        int today = EnIntervals.dayStart(EnIntervals.intervalOf(Instant.now()));
        assertProblem(upload(new Phone(List.of(), phone.hmacKey(), phone.hmac()), "c", false), 400, "exposure.key-count");
        var many = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 31; i++) {
            many.add(key(today - 144 * (i % 14) - i / 14, 1));
        }
        assertProblem(upload(new Phone(many, phone.hmacKey(), phone.hmac()), "c", false), 400, "exposure.key-count");
        assertProblem(upload(new Phone(List.of(key(today + 144, 144)), phone.hmacKey(), phone.hmac()), "c", false), 400,
                "exposure.key-future");
        assertProblem(upload(new Phone(List.of(key(today - 144 * 20, 144)), phone.hmacKey(), phone.hmac()), "c", false),
                400, "exposure.key-too-old");
        assertProblem(upload(new Phone(List.of(key(today - 144, 144), key(today - 100, 144)), phone.hmacKey(), phone.hmac()),
                "c", false), 400, "exposure.key-overlap");
        assertProblem(upload(new Phone(List.of(keys.getFirst(), keys.getFirst()), phone.hmacKey(), phone.hmac()), "c",
                false), 400, "exposure.key-duplicate");
        var shortKey = new HashMap<>(keys.getFirst());
        shortKey.put("key", Base64.getEncoder().encodeToString(new byte[15]));
        assertProblem(upload(new Phone(List.of(shortKey), phone.hmacKey(), phone.hmac()), "c", false), 400, "exposure.key-invalid");
        shortKey.put("key", "%%%");
        assertProblem(upload(new Phone(List.of(shortKey), phone.hmacKey(), phone.hmac()), "c", false), 400, "exposure.key-invalid");
        assertProblem(upload(new Phone(keys, "", phone.hmac()), "c", false), 400, "exposure.hmac-invalid");
        TestHttp.Response malformed = http().post("/api/v1/exposure-keys").raw("application/json", "{\"temporaryExposureKeys\": [").send();
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        assertProblem(http().post("/api/v1/exposure/certificate").json(Map.of("token", "nope", "ekeyhmac", phone.hmac())).send(),
                400, "exposure.token-invalid");
        assertProblem(http().post("/api/v1/exposure/certificate").json(Map.of("token", "nope", "ekeyhmac", "short")).send(),
                400, "exposure.hmac-invalid");
    }

    @Test
    void codesAreIssuedOnlyByTracersOfTheCaseAndGuessingIsLimited() {
        Issued issued = issue();
        assertProblem(http().post("/api/v1/cases/" + issued.caseId() + "/exposure-codes").json(Map.of("testType", "CONFIRMED"))
                .send(), 401, "unauthenticated");
        assertProblem(http().post("/api/v1/cases/" + issued.caseId() + "/exposure-codes")
                .bearer(official(Role.CONTACT_TRACER, "01").token()).json(Map.of("testType", "CONFIRMED")).send(), 403, "forbidden");
        assertProblem(http().post("/api/v1/cases/" + issued.caseId() + "/exposure-codes").bearer(issued.tracer().token())
                .json(Map.of()).send(), 400, "exposure.test-type-required");
        String address = TestHttp.randomAddress();
        for (int i = 0; i < 10; i++) {
            String guess = "%08d".formatted(RANDOM.nextInt(100_000_000));
            if (!guess.equals(issued.code())) {
                assertProblem(http().post("/api/v1/exposure/verify").from(address).json(Map.of("code", guess)).send(), 400,
                        "exposure.code-invalid");
            }
        }
        TestHttp.Response limited = http().post("/api/v1/exposure/verify").from(address).json(Map.of("code", issued.code())).send();
        JsonNode problem = assertProblem(limited, 429, "exposure.too-many-codes");
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(limited.header("Retry-After")).isPresent();
    }
}
