package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.randomPhone;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp.Response;
import vn.greenzone.TestHttp.Token;

/** The personal-QR and dependants API: status codes, problems in both languages, and the public key. */
class PersonalQrApiTest extends IntegrationTest {

    private Token citizenWithName(String name) {
        Token token = http().signInApi(randomPhone());
        Response saved = http().put("/api/v1/me").bearer(token.token())
                .json(Map.of("fullName", name, "birthDate", "1992-04-30", "gender", "FEMALE")).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return token;
    }

    @Test
    void withoutANameTheCodeIsRefusedInBothLanguages() {
        Token token = http().signInApi(randomPhone());
        JsonNode vietnamese = assertProblem(http().get("/api/v1/me/qr").bearer(token.token()).send(), 409, "qr.profile-incomplete");
        assertThat(vietnamese.path("detail").asString())
                .isEqualTo("Hãy điền họ và tên trong hồ sơ của bạn (/me) để có mã QR cá nhân.");
        assertThat(vietnamese.path("title").asString()).isEqualTo("Xung đột");
        JsonNode english = assertProblem(http().get("/api/v1/me/qr").bearer(token.token()).language("en").send(), 409,
                "qr.profile-incomplete");
        assertThat(english.path("detail").asString())
                .isEqualTo("Please fill in your full name in your profile (/me) to get your personal QR code.");
        assertProblem(http().get("/api/v1/me/qr").send(), 401, "unauthenticated");
    }

    @Test
    void theCurrentCodeVerifiesWithThePublishedKey() throws Exception {
        Token token = citizenWithName("Hồ Thị Kim");
        Response current = http().get("/api/v1/me/qr").bearer(token.token()).send();
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        String text = current.json().path("text").asString();
        Instant issuedAt = Instant.parse(current.json().path("issuedAt").asString());
        assertThat(Instant.parse(current.json().path("expiresAt").asString())).isEqualTo(issuedAt.plusSeconds(120));
        assertThat(text).startsWith("|HO THI KIM|1992-04-30|0|" + token.personId() + "|<0<<");

        Response key = http().get("/api/v1/keys/personal-qr").send();
        assertThat(key.status()).as(key.toString()).isEqualTo(200);
        assertThat(key.json().path("algorithm").asString()).isEqualTo("Ed25519");
        var publicKey = KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(key.json().path("publicKey").asString())));
        int signatureAt = text.lastIndexOf('.') + 1;
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(text.substring(0, signatureAt).getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(text.substring(signatureAt)))).isTrue();
        verifier.update(text.substring(0, signatureAt).replace("KIM", "KIN").getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(text.substring(signatureAt)))).isFalse();
    }

    @Test
    void dependantsAndTheirPrintedCodesBelongToTheirGuardian() {
        Token guardian = citizenWithName("Lý Văn Tài");
        Response declared = http().post("/api/v1/me/dependants").bearer(guardian.token())
                .json(Map.of("fullName", "Lý Bé Na", "birthDate", "2019-06-01", "gender", "FEMALE", "relationship", "con"))
                .send();
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        long dependant = declared.json().path("id").asLong();
        assertThat(declared.json().path("guardianId").asLong()).isEqualTo(guardian.personId());

        Response list = http().get("/api/v1/me/dependants").bearer(guardian.token()).send();
        assertThat(list.json().values()).extracting(node -> node.path("fullName").asString()).containsExactly("Lý Bé Na");

        Response code = http().get("/api/v1/me/qr?dependant=" + dependant).bearer(guardian.token()).send();
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        assertThat(code.json().path("text").asString()).contains("|LY BE NA|2019-06-01|1|D" + dependant + "|" + guardian.personId() + "<0<");

        Response printed = http().post("/api/v1/me/qr/printed?dependant=" + dependant).bearer(guardian.token()).send();
        assertThat(printed.status()).as(printed.toString()).isEqualTo(201);
        long printedId = printed.json().path("printedId").asLong();
        assertThat(http().get("/api/v1/me/qr/printed").bearer(guardian.token()).send().json().values())
                .extracting(node -> node.path("printedId").asLong()).containsExactly(printedId);

        Token stranger = citizenWithName("Người Lạ");
        assertProblem(http().get("/api/v1/me/qr?dependant=" + dependant).bearer(stranger.token()).send(), 404, "dependant.not-found");
        JsonNode notMine = assertProblem(http().delete("/api/v1/me/qr/printed/" + printedId).bearer(stranger.token())
                .language("en").send(), 404, "qr.printed-not-found");
        assertThat(notMine.path("detail").asString()).isEqualTo("No such printed QR code.");
        assertProblem(http().delete("/api/v1/me/dependants/" + dependant).bearer(stranger.token()).send(), 404, "dependant.not-found");

        assertThat(http().delete("/api/v1/me/qr/printed/" + printedId).bearer(guardian.token()).send().status()).isEqualTo(204);
        assertThat(http().get("/api/v1/me/qr/printed").bearer(guardian.token()).send().json().values()).isEmpty();
        assertThat(http().delete("/api/v1/me/dependants/" + dependant).bearer(guardian.token()).send().status()).isEqualTo(204);
        assertThat(http().get("/api/v1/me/dependants").bearer(guardian.token()).send().json().values()).isEmpty();
    }

    @Test
    void badDependantsAreProblems() {
        Token token = http().signInApi(randomPhone());
        JsonNode problem = assertProblem(http().post("/api/v1/me/dependants").bearer(token.token())
                .json(Map.of("fullName", "Bé Ba", "idNumber", "not valid!")).send(), 400, "person.id-number-invalid");
        assertThat(problem.path("detail").asString()).isEqualTo("Số giấy tờ tùy thân gồm 8 đến 12 chữ số hoặc chữ cái.");
        assertProblem(http().post("/api/v1/me/dependants").bearer(token.token()).json(Map.of("fullName", "")).send(), 400,
                "person.name-invalid");
        assertProblem(http().post("/api/v1/me/dependants").bearer(token.token())
                .json(Map.of("fullName", "Bé Ba", "gender", "ROBOT")).send(), 400, "malformed-json");
        assertProblem(http().get("/api/v1/me/qr?dependant=abc").bearer(token.token()).send(), 400, "invalid-parameter");
    }
}
