package vn.greenzone.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.outreach.SmsProperties;

/**
 * The Zalo Official Account sender against a stub of Zalo's notification API in this process: the request it
 * makes, the message id it answers, a refused message, and a server that fails or cannot be reached.
 */
class ZaloGatewayTest {

    private record Received(String path, String accessToken, JsonNode body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer zalo;
    private volatile int status = 200;
    private volatile String answer = "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"a1b2c3\"}}";

    @BeforeEach
    void stub() throws IOException {
        zalo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        zalo.createContext("/", this::handle);
        zalo.start();
    }

    @AfterEach
    void stop() {
        zalo.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("access_token"),
                json.readTree(exchange.getRequestBody().readAllBytes())));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ZaloGateway gateway(String baseUrl) {
        return new ZaloGateway(new SmsProperties("zalo", "", new SmsProperties.Smpp("localhost", 2775, "", "", "GREENZONE"),
                new SmsProperties.Zalo(baseUrl, "oa-token", "248079")), json);
    }

    private String base() {
        return "http://127.0.0.1:" + zalo.getAddress().getPort() + "/";
    }

    @Test
    void aMessageIsPostedWithTheTokenNumberAndTextAndItsIdComesBack() {
        String id = gateway(base()).submit("+84912345678", "Chào Lan, hãy cài Greenzone: https://greenzone.vn/");
        assertThat(id).isEqualTo("a1b2c3");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/message/template");
            assertThat(request.accessToken()).isEqualTo("oa-token");
            assertThat(request.body().path("phone").asString()).isEqualTo("84912345678");
            assertThat(request.body().path("template_id").asString()).isEqualTo("248079");
            assertThat(request.body().path("template_data").path("text").asString())
                    .isEqualTo("Chào Lan, hãy cài Greenzone: https://greenzone.vn/");
        });
    }

    @Test
    void aRefusalFailsTheMessageWhileAFailingOrUnreachableServerIsRetried() {
        answer = "{\"error\":-108,\"message\":\"Phone number is invalid\"}";
        assertThatThrownBy(() -> gateway(base()).submit("+84912345678", "x"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("-108");
        status = 503;
        answer = "busy";
        assertThatThrownBy(() -> gateway(base()).submit("+84912345678", "x"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.retryable()).isTrue());
        String nobody = "http://127.0.0.1:" + zalo.getAddress().getPort() + "/";
        zalo.stop(0);
        assertThatThrownBy(() -> gateway(nobody).submit("+84912345678", "x"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }
}
