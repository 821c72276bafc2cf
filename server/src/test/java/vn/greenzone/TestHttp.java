package vn.greenzone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.identity.Role;

/**
 * A small HTTP client for integration tests that talk to the running application as real clients do:
 * JSON API calls with bearer tokens, and browser-like form posts with the session cookie and CSRF token.
 * Every request comes from a fresh random {@code X-Forwarded-For} address unless told otherwise, so
 * per-address rate limits of one test never touch another.
 */
public final class TestHttp {

    public static final String SESSION_COOKIE = "GZSESSION";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE_IN_SMS = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern CSRF_NAME_FIRST = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_VALUE_FIRST = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final JdbcClient jdbc;

    public TestHttp(int port, JdbcClient jdbc) {
        this.base = "http://localhost:" + port;
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- random identities

    /** A random Vietnamese mobile number in national form, never the bootstrap administrator's. */
    public static String randomPhone() {
        while (true) {
            String phone = "09" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
            if (!phone.equals("0900000000")) {
                return phone;
            }
        }
    }

    /** {@code 0912345678} as stored: {@code +84912345678}. */
    public static String international(String nationalPhone) {
        return "+84" + nationalPhone.substring(1);
    }

    /** A random client address for {@code X-Forwarded-For}; only a header, nothing is sent there. */
    public static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254));
    }

    // ---------------------------------------------------------------- requests

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }

    /** One request being built. */
    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("X-Forwarded-For", randomAddress());
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call from(String address) {
            return header("X-Forwarded-For", address);
        }

        public Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        public Call session(String sessionCookie) {
            return sessionCookie == null ? this : header("Cookie", SESSION_COOKIE + "=" + sessionCookie);
        }

        /** Asks for HTML, as a browser does. */
        public Call html() {
            return header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        }

        public Call language(String acceptLanguage) {
            return header("Accept-Language", acceptLanguage);
        }

        /** A JSON body made from a map (or any value Jackson writes). */
        public Call json(Object value) {
            return raw("application/json", JSON.writeValueAsString(value));
        }

        public Call raw(String contentType, String text) {
            header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return this;
        }

        /** A body of bytes as sent (an uploaded photo or file). */
        public Call bytes(String contentType, byte[] content) {
            header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        /** A form post as a browser sends it; null values are left out. */
        public Call form(Map<String, String> fields) {
            String encoded = fields.entrySet().stream()
                    .filter(field -> field.getValue() != null)
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return raw("application/x-www-form-urlencoded", encoded);
        }

        public Response send() {
            var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body);
            headers.forEach(builder::header);
            try {
                HttpResponse<String> response = client.send(builder.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(method + " " + path, response.statusCode(), response.headers().map(),
                        response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " interrupted", e);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What came back. Header names are lower case. */
    public record Response(String request, int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + body, e);
            }
        }

        /** The path (and query) of the Location header, whether the server wrote it absolute or relative. */
        public String location() {
            String location = header("Location").orElse("");
            if (location.isEmpty()) {
                return "";
            }
            URI uri = URI.create(location);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** The path of the Location header without its query. */
        public String locationPath() {
            String location = location();
            int query = location.indexOf('?');
            return query < 0 ? location : location.substring(0, query);
        }

        /** The value of the session cookie this response sets, if it sets one. */
        public Optional<String> sessionCookie() {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(entry -> entry.getValue().stream())
                    .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
                    .map(cookie -> cookie.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0])
                    .filter(value -> !value.isEmpty())
                    .findFirst();
        }

        /** The CSRF token of the first form on the page. */
        public String csrfToken() {
            for (Pattern pattern : List.of(CSRF_NAME_FIRST, CSRF_VALUE_FIRST)) {
                Matcher matcher = pattern.matcher(body);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            throw new AssertionError(request + ": no CSRF token in the page: " + body);
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + headers.getOrDefault("location", List.of()) + " " + body;
        }
    }

    /**
     * Asserts that the response is an RFC 9457 problem with this status and code, with every field a
     * client relies on and nothing of the server's insides; returns the body.
     */
    public static JsonNode assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(response.toString()).isNotBlank();
        assertThat(problem.path("detail").asString()).as(response.toString()).isNotBlank();
        assertThat(response.body()).as(response.toString())
                .doesNotContain("Exception").doesNotContain("at vn.greenzone").doesNotContain("\"trace\"");
        return problem;
    }

    // ---------------------------------------------------------------- sign-in

    /** The text of the latest SMS sent to the number. */
    public String latestSms(String phone) {
        String recipient = phone.startsWith("+") ? phone : international(phone);
        return jdbc.sql("select body from sms_outbox where recipient = :to order by id desc limit 1")
                .param("to", recipient).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("No SMS was sent to " + recipient));
    }

    /** The code of the latest SMS sent to the number. */
    public String latestCode(String phone) {
        String body = latestSms(phone);
        Matcher matcher = CODE_IN_SMS.matcher(body);
        assertThat(matcher.find()).as("a six-digit code in the SMS %s", body).isTrue();
        return matcher.group(1);
    }

    /** A bearer token as the API gives it. */
    public record Token(String token, long personId) {
    }

    /** Signs in through the API, from one fresh address, and returns the bearer token. */
    public Token signInApi(String phone) {
        String address = randomAddress();
        Response sent = post("/api/v1/auth/code").from(address).json(Map.of("phone", phone)).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        Response token = post("/api/v1/auth/token").from(address)
                .json(Map.of("phone", phone, "code", latestCode(phone))).send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        JsonNode body = token.json();
        return new Token(body.path("token").asString(), body.path("personId").asLong());
    }

    /** Grants an official role on a unit, as the unit's administrator would have; returns the grant's id. */
    public long grant(long personId, Role role, String unitCode) {
        return jdbc.sql("insert into role_grant (person_id, role, unit_code) values (:person, :role, :unit) returning id")
                .param("person", personId).param("role", role.name()).param("unit", unitCode)
                .query(Long.class).single();
    }

    /** The person's number as they type it: {@code 0912345678}. */
    public String nationalPhone(long personId) {
        return "0" + jdbc.sql("select substr(phone, 4) from person where id = :id").param("id", personId)
                .query(String.class).single();
    }

    /** A signed-in browser: its session cookie and a CSRF token valid in that session. */
    public record Browser(String session, String csrf) {
    }

    /** A browser that has opened the sign-in page but not signed in. */
    public Browser anonymousBrowser() {
        Response login = get("/login").html().send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String session = login.sessionCookie().orElseThrow(() -> new AssertionError("No session cookie: " + login));
        return new Browser(session, login.csrfToken());
    }

    /** Signs in through the web form (phone, then code) and returns the new session. */
    public Browser signInBrowser(String phone) {
        String address = randomAddress();
        Browser anonymous = anonymousBrowser();
        Response codePage = post("/login/code").from(address).html().session(anonymous.session())
                .form(Map.of("phone", phone, "_csrf", anonymous.csrf())).send();
        assertThat(codePage.status()).as(codePage.toString()).isEqualTo(200);
        String csrf = codePage.csrfToken();
        Response verified = post("/login/verify").from(address).html().session(anonymous.session())
                .form(Map.of("phone", phone, "code", latestCode(phone), "_csrf", csrf)).send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(302);
        assertThat(verified.locationPath()).as(verified.toString()).isEqualTo("/");
        String session = verified.sessionCookie()
                .orElseThrow(() -> new AssertionError("Sign-in set no new session cookie: " + verified));
        assertThat(session).as("the session id changes on sign-in").isNotEqualTo(anonymous.session());
        Response me = get("/me").html().session(session).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return new Browser(session, me.csrfToken());
    }
}
