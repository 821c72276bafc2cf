package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomAddress;
import static vn.greenzone.TestHttp.randomPhone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;

/** Phone sign-in through the JSON API: one person per number, hashed codes, wrong codes, locks and limits. */
class SignInApiTest extends IntegrationTest {

    private static final long HOUR_MILLIS = 3_600_000;

    private Response requestCode(String phone, String address) {
        return http().post("/api/v1/auth/code").from(address).json(Map.of("phone", phone)).send();
    }

    private Response verify(String phone, String code) {
        return http().post("/api/v1/auth/token").json(Map.of("phone", phone, "code", code)).send();
    }

    private static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void theThreeSpellingsOfANumberAreOnePerson() {
        String phone = randomPhone();
        String rest = phone.substring(1);
        List<Long> personIds = new ArrayList<>();
        for (String spelling : List.of(phone, "84" + rest, "+84" + rest)) {
            String address = randomAddress();
            Response sent = requestCode(spelling, address);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
            assertThat(sent.json().path("phone").asString()).isEqualTo("+84" + rest);
            assertThat(Instant.parse(sent.json().path("expiresAt").asString())).isAfter(Instant.now().minusSeconds(60));

            Response token = http().post("/api/v1/auth/token").from(address)
                    .json(Map.of("phone", spelling, "code", http().latestCode(phone))).send();
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            JsonNode body = token.json();
            assertThat(body.path("token").asString()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(body.path("tokenType").asString()).isEqualTo("Bearer");
            assertThat(Instant.parse(body.path("expiresAt").asString())).isAfter(Instant.now());
            personIds.add(body.path("personId").asLong());

            Response me = http().get("/api/v1/me").bearer(body.path("token").asString()).send();
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.json().path("phone").asString()).isEqualTo("+84" + rest);
            assertThat(me.json().path("id").asLong()).isEqualTo(body.path("personId").asLong());
        }
        assertThat(personIds).hasSize(3).containsOnly(personIds.getFirst());
        assertThat(jdbc.sql("select count(*) from person where phone = :phone").param("phone", international(phone))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCodeIsStoredOnlyAsAHashAndSentBySms() {
        String phone = randomPhone();
        assertThat(requestCode(phone, randomAddress()).status()).isEqualTo(202);
        String code = http().latestCode(phone);

        String hash = jdbc.sql("select code_hash from sign_in_code where phone = :phone")
                .param("phone", international(phone)).query(String.class).single();
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(code).isNotEqualTo(code);

        List<String> sms = jdbc.sql("select body from sms_outbox where recipient = :to")
                .param("to", international(phone)).query(String.class).list();
        assertThat(sms).hasSize(1);
        assertThat(sms.getFirst()).contains("Greenzone").contains(code).contains("5 phut");
    }

    @Test
    void aWrongCodeSaysHowManyTriesAreLeft() {
        String phone = randomPhone();
        assertThat(requestCode(phone, randomAddress()).status()).isEqualTo(202);
        String wrong = wrong(http().latestCode(phone));

        JsonNode first = assertProblem(verify(phone, wrong), 400, "signin.code-wrong");
        assertThat(first.path("detail").asString()).isEqualTo("Mã xác nhận không đúng. Bạn còn 4 lần thử.");

        Response english = http().post("/api/v1/auth/token").language("en")
                .json(Map.of("phone", phone, "code", wrong)).send();
        JsonNode second = assertProblem(english, 400, "signin.code-wrong");
        assertThat(second.path("detail").asString()).isEqualTo("Wrong code. You have 3 tries left.");

        assertThat(jdbc.sql("select failures from sign_in_code where phone = :phone")
                .param("phone", international(phone)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void fiveWrongCodesLockTheNumberEvenForTheRightCode() {
        String phone = randomPhone();
        assertThat(requestCode(phone, randomAddress()).status()).isEqualTo(202);
        String code = http().latestCode(phone);
        for (int attempt = 1; attempt <= 4; attempt++) {
            JsonNode problem = assertProblem(verify(phone, wrong(code)), 400, "signin.code-wrong");
            assertThat(problem.path("detail").asString()).contains("còn " + (5 - attempt) + " lần");
        }
        Response fifth = verify(phone, wrong(code));
        assertProblem(fifth, 429, "signin.locked");
        assertThat(fifth.header("Retry-After")).as(fifth.toString()).isPresent();
        long retryAfter = Long.parseLong(fifth.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15L * 60);

        Response right = verify(phone, code);
        assertProblem(right, 429, "signin.locked");
        assertThat(right.header("Retry-After")).as(right.toString()).isPresent();

        Response newCode = requestCode(phone, randomAddress());
        assertProblem(newCode, 429, "signin.locked");
        assertThat(newCode.header("Retry-After")).isPresent();
        assertThat(http().latestCode(phone)).as("no new code was sent while locked").isEqualTo(code);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String phone = randomPhone();
        assertThat(requestCode(phone, randomAddress()).status()).isEqualTo(202);
        String code = http().latestCode(phone);
        int updated = jdbc.sql("update sign_in_code set expires_at = now() - interval '1 minute' where phone = :phone")
                .param("phone", international(phone)).update();
        assertThat(updated).isEqualTo(1);

        JsonNode problem = assertProblem(verify(phone, code), 400, "signin.code-expired");
        assertThat(problem.path("detail").asString()).isEqualTo("Mã xác nhận đã hết hạn; hãy yêu cầu mã mới.");
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String phone = randomPhone();
        assertThat(requestCode(phone, randomAddress()).status()).isEqualTo(202);
        String code = http().latestCode(phone);
        assertThat(verify(phone, code).status()).isEqualTo(200);
        assertProblem(verify(phone, code), 400, "signin.no-code");
    }

    @Test
    void withoutAnyCodeThereIsNothingToVerify() {
        assertProblem(verify(randomPhone(), "123456"), 400, "signin.no-code");
    }

    @Test
    void aNumberGetsAtMostFiveCodesAnHour() {
        retryAcrossHourBoundary(() -> {
            String phone = randomPhone();
            String address = randomAddress();
            for (int i = 1; i <= 5; i++) {
                Response sent = requestCode(phone, address);
                assertThat(sent.status()).as("code %d: %s", i, sent).isEqualTo(202);
            }
            return requestCode(phone, address);
        }, sixth -> {
            assertProblem(sixth, 429, "signin.too-many-codes");
            assertThat(sixth.header("Retry-After")).as(sixth.toString()).isPresent();
        });
    }

    @Test
    void anAddressGetsAtMostSixtyCodesAnHour() {
        retryAcrossHourBoundary(() -> {
            String address = randomAddress();
            for (int i = 1; i <= 60; i++) {
                Response sent = requestCode(randomPhone(), address);
                assertThat(sent.status()).as("code %d: %s", i, sent).isEqualTo(202);
            }
            return requestCode(randomPhone(), address);
        }, sixtyFirst -> {
            assertProblem(sixtyFirst, 429, "signin.too-many-codes");
            assertThat(sixtyFirst.header("Retry-After")).isPresent();
            assertThat(requestCode(randomPhone(), randomAddress()).status())
                    .as("another address is not limited").isEqualTo(202);
        });
    }

    @Test
    void theBrowserSignsInTheSameNumberAsTheSamePerson() {
        String phone = randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        TestHttp.Browser browser = http().signInBrowser(phone);

        Response home = http().get("/").html().session(browser.session()).send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào (" + phone + ")");
        Response profile = http().get("/me").html().session(browser.session()).send();
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains(phone);

        Response me = http().get("/api/v1/me").bearer(token.token()).send();
        assertThat(me.json().path("phone").asString()).isEqualTo(international(phone));
        assertThat(jdbc.sql("select count(*) from person where phone = :phone").param("phone", international(phone))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signingInReplacesTheSessionAndSigningOutEndsIt() {
        String phone = randomPhone();
        TestHttp.Browser before = http().anonymousBrowser();
        Response codePage = http().post("/login/code").html().session(before.session())
                .form(Map.of("phone", phone, "_csrf", before.csrf())).send();
        assertThat(codePage.status()).as(codePage.toString()).isEqualTo(200);
        Response verified = http().post("/login/verify").html().session(before.session())
                .form(Map.of("phone", phone, "code", http().latestCode(phone), "_csrf", codePage.csrfToken())).send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(302);
        String after = verified.sessionCookie().orElseThrow();
        assertThat(after).isNotEqualTo(before.session());

        // The id the visitor had before signing in (which someone may have planted) opens nothing.
        Response old = http().get("/me").html().session(before.session()).send();
        assertThat(old.status()).isEqualTo(302);
        assertThat(old.locationPath()).isEqualTo("/login");

        Response me = http().get("/me").html().session(after).send();
        assertThat(me.status()).isEqualTo(200);
        Response signOut = http().post("/logout").html().session(after).form(Map.of("_csrf", me.csrfToken())).send();
        assertThat(signOut.status()).as(signOut.toString()).isEqualTo(302);
        Response afterSignOut = http().get("/me").html().session(after).send();
        assertThat(afterSignOut.status()).isEqualTo(302);
        assertThat(afterSignOut.locationPath()).isEqualTo("/login");
    }

    @Test
    void aWrongCodeOnTheSignInFormIsShownOnTheForm() {
        String phone = randomPhone();
        TestHttp.Browser browser = http().anonymousBrowser();
        Response codePage = http().post("/login/code").html().session(browser.session())
                .form(Map.of("phone", phone, "_csrf", browser.csrf())).send();
        Response wrong = http().post("/login/verify").html().session(browser.session())
                .form(Map.of("phone", phone, "code", wrong(http().latestCode(phone)), "_csrf", codePage.csrfToken())).send();
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.body()).contains("Mã xác nhận không đúng. Bạn còn 4 lần thử.");
        assertThat(wrong.sessionCookie()).as("no signed-in session for a wrong code").isEmpty();
    }

    @Test
    void aGarbageBearerTokenIsA401Problem() {
        JsonNode problem = assertProblem(http().get("/api/v1/me").bearer("not-a-real-token").send(), 401, "unauthenticated");
        assertThat(problem.path("detail").asString()).isEqualTo("Bạn cần đăng nhập để tiếp tục.");
        assertProblem(http().get("/api/v1/me").send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/units/70").bearer("x".repeat(43)).send(), 401, "unauthenticated");
    }

    /**
     * Rate limits count in fixed one-hour windows; should a window end in the middle of the requests,
     * the count starts again, so the run is repeated once with fresh numbers and addresses.
     */
    private static void retryAcrossHourBoundary(Supplier<Response> run,
            java.util.function.Consumer<Response> check) {
        for (int attempt = 1; ; attempt++) {
            long window = System.currentTimeMillis() / HOUR_MILLIS;
            Response last = run.get();
            if (attempt == 1 && System.currentTimeMillis() / HOUR_MILLIS != window) {
                continue;
            }
            check.accept(last);
            return;
        }
    }
}
