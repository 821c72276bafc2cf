package vn.greenzone.outreach.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.outreach.SmsProperties;

/**
 * A Zalo Official Account's notification service: one POST per message to {@code <base>/message/template} with
 * the OA's access token, the phone number and the text as the approved template's parameter. Zalo answers
 * {@code error} 0 and the message's id; another error refuses the message, an unreachable or failing server is
 * retried.
 */
@Component
@ConditionalOnProperty(prefix = "greenzone.sms", name = "gateway", havingValue = "zalo")
class ZaloGateway implements SmsGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmsProperties.Zalo settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ZaloGateway(SmsProperties properties, JsonMapper json) {
        this.settings = properties.zalo();
        this.json = json;
    }

    @Override
    public String submit(String internationalNumber, String text) {
        byte[] body = json.writeValueAsBytes(Map.of("phone", GatewayNumbers.smpp(internationalNumber),
                "template_id", settings.templateId(), "template_data", Map.of("text", text)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/message/template"))
                .timeout(TIMEOUT).header("access_token", settings.accessToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayException("Zalo unreachable: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted", true, e);
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new GatewayException("Zalo answered HTTP " + response.statusCode(), true, null);
        }
        try {
            JsonNode answer = json.readTree(response.body());
            int error = answer.path("error").asInt(-1);
            if (response.statusCode() != 200 || error != 0) {
                throw new GatewayException("Zalo refused: " + error + " " + answer.path("message").asString(""), false, null);
            }
            return answer.path("data").path("msg_id").asString();
        } catch (JacksonException e) {
            throw new GatewayException("Zalo answered something other than JSON", false, e);
        }
    }
}
