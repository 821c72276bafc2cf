package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.identity.Role;

/**
 * A case's phone uploads its keys: code from a tracer, token, certificate bound to the keys' HMAC, upload;
 * and everything a phone or an attacker could get wrong is refused with a fitting status.
 */
class ExposureKeyUploadTest extends ExposureFixtures {

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
    void theLinkCodeWorksOnceInsteadOfTheDigits() {
        Issued issued = issue();
        TestHttp.Response second = http().post("/api/v1/cases/" + issued.caseId() + "/exposure-codes")
                .bearer(issued.tracer().token()).json(Map.of("testType", "LIKELY")).send();
        String linkCode = second.json().path("linkCode").asText();
        assertThat(linkCode).hasSize(22);
        TestHttp.Response token = http().post("/api/v1/exposure/verify").json(Map.of("code", linkCode)).send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().path("testType").asText()).isEqualTo("LIKELY");
        assertProblem(http().post("/api/v1/exposure/verify").json(Map.of("code", second.json().path("code").asText())).send(),
                400, "exposure.code-invalid");
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
        assertThat(fakeAnswer.headers().keySet()).isEqualTo(realAnswer.headers().keySet());
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
            many.add(key(today - 144 * i % (144 * 14), 1));
        }
        assertProblem(upload(new Phone(many, phone.hmacKey(), phone.hmac()), "c", false), 400, "exposure.key-count");
        assertProblem(upload(new Phone(List.of(key(today + 144, 144)), phone.hmacKey(), phone.hmac()), "c", false), 400,
                "exposure.key-future");
        assertProblem(upload(new Phone(List.of(key(today - 144 * 20, 144)), phone.hmacKey(), phone.hmac()), "c", false),
                400, "exposure.key-too-old");
        assertProblem(upload(new Phone(List.of(key(today - 144, 144), key(today - 144, 100)), phone.hmacKey(), phone.hmac()),
                "c", false), 400, "exposure.key-overlap");
        assertProblem(upload(new Phone(List.of(key(today - 100, 144)), phone.hmacKey(), phone.hmac()), "c", false), 400,
                "exposure.key-not-aligned");
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
