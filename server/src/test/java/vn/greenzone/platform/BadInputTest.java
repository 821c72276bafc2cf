package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.randomPhone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;

/**
 * What clients get for bad input: an RFC 9457 problem with a stable code, a localised message and no
 * server internals; and the bilingual error page for browsers.
 */
class BadInputTest extends IntegrationTest {

    private Response askCode(Object body) {
        return http().post("/api/v1/auth/code").json(body).send();
    }

    // ---------------------------------------------------------------- phone numbers

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc", "0812", "091234567890", "0212345678", "84912345"})
    void aMalformedPhoneIsRefused(String phone) {
        JsonNode problem = assertProblem(askCode(Map.of("phone", phone)), 400, "phone.invalid");
        assertThat(problem.path("detail").asString())
                .isEqualTo("Số điện thoại không hợp lệ. Hãy nhập số di động Việt Nam, ví dụ 0912345678.");
        assertThat(problem.path("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankPhoneIsAMissingField(String phone) {
        // Through the API, bean validation (@NotBlank) answers before the phone parser.
        JsonNode problem = assertProblem(askCode(Map.of("phone", phone)), 400, "invalid-fields");
        assertThat(problem.path("fields").isArray()).isTrue();
        assertThat(problem.path("fields").values()).extracting(JsonNode::asString).containsExactly("phone");
    }

    @Test
    void aBlankPhoneOnTheSignInFormSaysItIsMissing() {
        TestHttp.Browser browser = http().anonymousBrowser();
        Response page = http().post("/login/code").html().session(browser.session())
                .form(Map.of("phone", "", "_csrf", browser.csrf())).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Hãy nhập số điện thoại.");

        Response english = http().post("/login/code?lang=en").html().session(browser.session())
                .form(Map.of("phone", "12345", "_csrf", browser.csrf())).send();
        assertThat(english.status()).as(english.toString()).isEqualTo(400);
        assertThat(english.body()).contains("This phone number is not valid. Enter a Vietnamese mobile number, e.g. 0912345678.");
    }

    @Test
    void aForeignPhoneIsRefused() {
        JsonNode problem = assertProblem(askCode(Map.of("phone", "+1 202 555 0143")), 400, "phone.foreign");
        assertThat(problem.path("detail").asString()).isEqualTo("Chỉ nhận số di động Việt Nam (+84).");
        assertProblem(askCode(Map.of("phone", "0044 20 7946 0958")), 400, "phone.foreign");
    }

    @Test
    void aPhoneWithSpacesAndDotsIsAccepted() {
        String phone = randomPhone();
        String spaced = phone.substring(0, 4) + " " + phone.substring(4, 7) + "." + phone.substring(7);
        Response sent = askCode(Map.of("phone", spaced));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().path("phone").asString()).isEqualTo(TestHttp.international(phone));
    }

    // ---------------------------------------------------------------- bodies

    @Test
    void malformedJsonIsRefused() {
        Response response = http().post("/api/v1/auth/code").raw("application/json", "{\"phone\": \"0912").send();
        JsonNode problem = assertProblem(response, 400, "malformed-json");
        assertThat(problem.path("detail").asString()).isEqualTo("Nội dung JSON không đúng định dạng.");
        assertProblem(http().post("/api/v1/auth/token").raw("application/json", "not json at all").send(), 400,
                "malformed-json");
    }

    @Test
    void missingFieldsAreNamed() {
        JsonNode code = assertProblem(askCode(Map.of()), 400, "invalid-fields");
        assertThat(code.path("fields").values()).extracting(JsonNode::asString).containsExactly("phone");
        assertThat(code.path("detail").asString()).isEqualTo("Các trường sau thiếu hoặc không hợp lệ: phone.");

        JsonNode token = assertProblem(http().post("/api/v1/auth/token").json(Map.of()).send(), 400, "invalid-fields");
        assertThat(token.path("fields").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("phone", "code");
    }

    @Test
    void aWrongContentTypeIsRefused() {
        Response response = http().post("/api/v1/auth/code").raw("text/plain", "phone=0912345678").send();
        JsonNode problem = assertProblem(response, 415, "unsupported-media-type");
        assertThat(problem.path("detail").asString())
                .isEqualTo("Kiểu nội dung không được hỗ trợ; hãy gửi JSON (application/json).");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String padding = "x".repeat(512 * 1024 + 100);
        Response response = http().post("/api/v1/auth/code")
                .raw("application/json", "{\"phone\":\"" + randomPhone() + "\",\"padding\":\"" + padding + "\"}").send();
        JsonNode problem = assertProblem(response, 413, "payload-too-large");
        assertThat(problem.path("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn.");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        // Same request, 1 KiB under the limit: it reaches the controller, which refuses the phone.
        String padding = "x".repeat(511 * 1024);
        Response response = http().post("/api/v1/auth/code")
                .raw("application/json", "{\"phone\":\"12345\",\"padding\":\"" + padding + "\"}").send();
        assertProblem(response, 400, "phone.invalid");
    }

    // ---------------------------------------------------------------- paths and parameters

    @Test
    void anUnknownApiPathIsA404Problem() {
        String token = http().signInApi(randomPhone()).token();
        JsonNode problem = assertProblem(http().get("/api/v1/no-such-thing").bearer(token).send(), 404, "not-found");
        assertThat(problem.path("detail").asString()).isEqualTo("Không tìm thấy trang hoặc tài nguyên bạn yêu cầu.");
        // Under a public prefix, no sign-in is needed to learn that nothing is there.
        assertProblem(http().get("/api/v1/units/70/no-such-thing").send(), 404, "not-found");
    }

    @Test
    void anUnknownUnitIsA404Problem() {
        JsonNode problem = assertProblem(http().get("/api/v1/units/NOPE").send(), 404, "unit.not-found");
        assertThat(problem.path("detail").asString()).isEqualTo("Không có đơn vị hành chính mã NOPE.");
        assertProblem(http().get("/api/v1/units/NOPE/children").send(), 404, "unit.not-found");
        assertProblem(http().get("/api/v1/units?q=tan&within=NOPE").send(), 404, "unit.not-found");
    }

    @Test
    void aBlankSearchIsRefused() {
        JsonNode problem = assertProblem(http().get("/api/v1/units?q=").send(), 400, "unit.query-empty");
        assertThat(problem.path("detail").asString()).isEqualTo("Hãy nhập tên đơn vị hành chính cần tìm.");
        assertProblem(http().get("/api/v1/units?q=%20%20-").send(), 400, "unit.query-empty");
        assertProblem(http().get("/api/v1/units").send(), 400, "missing-parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "1000"})
    void aSearchLimitOutOfRangeIsRefused(String limit) {
        JsonNode problem = assertProblem(http().get("/api/v1/units?q=tan&limit=" + limit).send(), 400, "unit.limit");
        assertThat(problem.path("detail").asString()).isEqualTo("Số kết quả phải từ 1 đến 100.");
    }

    @Test
    void aSearchLimitThatIsNotANumberIsRefused() {
        assertProblem(http().get("/api/v1/units?q=tan&limit=many").send(), 400, "invalid-parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12ab", "12345", "1234567", "", "abcdef"})
    void aCodeThatIsNotSixDigitsIsRefused(String code) {
        Response response = http().post("/api/v1/auth/token").json(Map.of("phone", randomPhone(), "code", code)).send();
        if (code.isEmpty()) {
            assertProblem(response, 400, "invalid-fields");
            return;
        }
        JsonNode problem = assertProblem(response, 400, "signin.code-format");
        assertThat(problem.path("detail").asString()).isEqualTo("Mã xác nhận gồm 6 chữ số.");
    }

    @Test
    void badAdminPagingIsRefused() {
        // The national administrator may look anywhere, so only the paging is wrong.
        String admin = randomPhone();
        long person = http().signInApi(admin).personId();
        jdbc.sql("insert into role_grant (person_id, role, unit_code) values (:person, 'NATIONAL_ADMIN', 'VN')")
                .param("person", person).update();
        String token = http().signInApi(admin).token();
        assertProblem(http().get("/api/v1/admin/units/70/people?size=0").bearer(token).send(), 400, "paging.invalid");
        assertProblem(http().get("/api/v1/admin/units/70/people?page=-1").bearer(token).send(), 400, "paging.invalid");
        assertProblem(http().get("/api/v1/admin/units/70/people?size=201").bearer(token).send(), 400, "paging.invalid");
        assertProblem(http().get("/api/v1/admin/units/NOPE/people").bearer(token).send(), 404, "unit.not-found");
        assertProblem(http().delete("/api/v1/admin/roles/999999999").bearer(token).send(), 404, "role.grant-not-found");
        assertProblem(http().delete("/api/v1/admin/roles/abc").bearer(token).send(), 400, "invalid-parameter");
        assertProblem(http().post("/api/v1/admin/units/70/roles").bearer(token)
                .json(Map.of("phone", randomPhone(), "role", "EMPEROR")).send(), 400, "malformed-json");
    }

    // ---------------------------------------------------------------- language

    @Test
    void problemsSpeakTheClientsLanguage() {
        List<String> mismatches = new ArrayList<>();
        record Case(String name, java.util.function.Function<String, Response> send, int status, String code,
                String vietnamese, String english) {
        }
        String token = http().signInApi(randomPhone()).token();
        List<Case> cases = List.of(
                new Case("phone.invalid", lang -> lang(http().post("/api/v1/auth/code"), lang)
                        .json(Map.of("phone", "12345")).send(), 400, "phone.invalid",
                        "Số điện thoại không hợp lệ. Hãy nhập số di động Việt Nam, ví dụ 0912345678.",
                        "This phone number is not valid. Enter a Vietnamese mobile number, e.g. 0912345678."),
                new Case("unit.not-found", lang -> lang(http().get("/api/v1/units/NOPE"), lang).send(), 404,
                        "unit.not-found", "Không có đơn vị hành chính mã NOPE.",
                        "There is no administrative unit with code NOPE."),
                new Case("malformed-json", lang -> lang(http().post("/api/v1/auth/code"), lang)
                        .raw("application/json", "{").send(), 400, "malformed-json",
                        "Nội dung JSON không đúng định dạng.", "The JSON body is malformed."),
                new Case("unsupported-media-type", lang -> lang(http().post("/api/v1/auth/code"), lang)
                        .raw("text/plain", "x").send(), 415, "unsupported-media-type",
                        "Kiểu nội dung không được hỗ trợ; hãy gửi JSON (application/json).",
                        "Unsupported content type; please send JSON (application/json)."),
                new Case("unauthenticated", lang -> lang(http().get("/api/v1/me"), lang).send(), 401, "unauthenticated",
                        "Bạn cần đăng nhập để tiếp tục.", "Please sign in to continue."),
                new Case("not-found", lang -> lang(http().get("/api/v1/no-such-thing"), lang).bearer(token).send(), 404,
                        "not-found", "Không tìm thấy trang hoặc tài nguyên bạn yêu cầu.",
                        "The page or resource you asked for does not exist."),
                new Case("payload-too-large", lang -> lang(http().post("/api/v1/auth/code"), lang)
                        .raw("application/json", "{\"p\":\"" + "x".repeat(600 * 1024) + "\"}").send(), 413,
                        "payload-too-large", "Nội dung gửi lên quá lớn.", "The request body is too large."));
        for (Case c : cases) {
            for (String lang : new String[] {null, "vi", "en", "en-US,en;q=0.9,vi;q=0.5", "fr-FR, fr;q=0.9"}) {
                Response response = c.send().apply(lang);
                String expected = lang != null && lang.startsWith("en") ? c.english() : c.vietnamese();
                JsonNode problem = assertProblem(response, c.status(), c.code());
                if (!expected.equals(problem.path("detail").asString())) {
                    mismatches.add("%s with Accept-Language %s: expected \"%s\" but got \"%s\""
                            .formatted(c.name(), lang, expected, problem.path("detail").asString()));
                }
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    }

    @Test
    void titlesAreLocalisedToo() {
        Response english = http().get("/api/v1/units/NOPE").language("en").send();
        assertThat(assertProblem(english, 404, "unit.not-found").path("title").asString()).isEqualTo("Not found");
        Response vietnamese = http().get("/api/v1/units/NOPE").send();
        assertThat(assertProblem(vietnamese, 404, "unit.not-found").path("title").asString()).isEqualTo("Không tìm thấy");
    }

    private static TestHttp.Call lang(TestHttp.Call call, String lang) {
        return lang == null ? call : call.language(lang);
    }

    // ---------------------------------------------------------------- web pages

    @Test
    void anUnknownPageRendersTheBilingualErrorPage() {
        TestHttp.Browser browser = http().signInBrowser(randomPhone());

        Response vietnamese = http().get("/no-such-page").html().session(browser.session()).send();
        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(404);
        assertThat(vietnamese.contentType()).startsWith("text/html");
        assertThat(vietnamese.body()).contains("Không tìm thấy")
                .contains("Không tìm thấy trang hoặc tài nguyên bạn yêu cầu.")
                .contains("Về trang chủ")
                .doesNotContain("Exception").doesNotContain("at vn.greenzone");

        Response english = http().get("/no-such-page?lang=en").html().session(browser.session()).send();
        assertThat(english.status()).as(english.toString()).isEqualTo(404);
        assertThat(english.contentType()).startsWith("text/html");
        assertThat(english.body()).contains("Not found")
                .contains("The page or resource you asked for does not exist.")
                .contains("Back to the home page")
                .doesNotContain("Không tìm thấy")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownPageAsksAnAnonymousVisitorToSignIn() {
        Response response = http().get("/no-such-page").html().send();
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.locationPath()).isEqualTo("/login");
    }
}
