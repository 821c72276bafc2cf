package vn.greenzone.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.IntegrationTest;

/**
 * Requests Tomcat refuses before the application sees them get the application's answers: a problem
 * detail under /api/ and the site's page elsewhere, never Tomcat's own HTML. Sent over a raw socket,
 * since HTTP clients normalise or refuse such paths themselves.
 */
class ContainerErrorTest extends IntegrationTest {

    private record Raw(int status, Map<String, String> headers, String body) {

        JsonNode problem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(headers.get("content-type")).as(body).startsWith("application/problem+json");
            assertThat(body).doesNotContain("Tomcat").doesNotContain("<html");
            JsonNode problem = JsonMapper.builder().build().readTree(body);
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            return problem;
        }
    }

    private Raw send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            var request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Raw parse(InputStream in) throws IOException {
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int split = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, split).split("\r\n");
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        String body = response.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String chunked) {
        var body = new ByteArrayOutputStream();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.UTF_8).trim(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(bytes, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    @Test
    void anEncodedSlashInAnApiPathIsAProblemInTheClientsLanguage() throws IOException {
        JsonNode vietnamese = send("GET /api/v1/units/70%2F689 HTTP/1.1").problem(400);
        assertThat(vietnamese.path("code").asString()).isEqualTo("malformed-request");
        assertThat(vietnamese.path("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(vietnamese.path("detail").asString()).startsWith("Địa chỉ hoặc phần đầu của yêu cầu");

        JsonNode english = send("GET /api/v1/units/70%2F689 HTTP/1.1", "Accept-Language: en").problem(400);
        assertThat(english.path("title").asString()).isEqualTo("Bad request");
        assertThat(english.path("detail").asString()).startsWith("The address or the headers of the request");
        assertThat(english.path("instance").asString()).isEqualTo("/api/v1/units/70%2F689");
    }

    @Test
    void anOverlongQueryStringIsAProblem() throws IOException {
        Raw raw = send("GET /api/v1/units?q=" + "dong".repeat(5_000) + " HTTP/1.1", "Accept-Language: en");
        assertThat(raw.problem(400).path("code").asString()).isEqualTo("malformed-request");
    }

    @Test
    void otherPathsAndHeadersTomcatRefusesAreProblemsToo() throws IOException {
        assertThat(send("GET /api/v1/units/%zz HTTP/1.1").problem(400).path("code").asString()).isEqualTo("malformed-request");
        assertThat(send("GET /api/v1/units/a%00b HTTP/1.1").problem(400).path("code").asString()).isEqualTo("malformed-request");
        assertThat(send("GET /api/v1/units/70 HTTP/1.1", "X-Padding: " + "x".repeat(20_000)).problem(400)
                .path("code").asString()).isEqualTo("malformed-request");
    }

    @Test
    void aPageKeepsAnHtmlErrorPageWithTheSiteHeader() throws IOException {
        Raw vietnamese = send("GET /venues/1%2F2 HTTP/1.1", "Accept: text/html");
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.headers().get("content-type")).startsWith("text/html");
        assertThat(vietnamese.body()).contains("class=\"topbar\"").contains("href=\"/css/greenzone.css\"")
                .contains("Yêu cầu không hợp lệ").contains("Về trang chủ").doesNotContain("Tomcat");

        Raw english = send("GET /venues/1%2F2 HTTP/1.1", "Accept: text/html", "Cookie: GZSESSION=x; gz-lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Bad request").contains("Back to the home page");
    }
}
