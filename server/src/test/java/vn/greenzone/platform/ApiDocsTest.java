package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;

/**
 * The OpenAPI document is always served (it describes the API clients are built against); the Swagger UI,
 * which lets anyone try calls from a browser, only when an operator turns it on.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiDocsTest extends IntegrationTest {

    @Test
    void theOpenApiDocumentIsServedAndTheUiIsOffByDefault() {
        Response document = http().get("/v3/api-docs").send();
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.json().path("openapi").asString()).startsWith("3.");
        assertThat(document.json().path("paths").has("/api/v1/venues")).isTrue();

        for (String ui : new String[] {"/swagger-ui.html", "/swagger-ui/index.html"}) {
            Response page = http().get(ui).html().send();
            assertThat(page.status()).as(page.toString()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("swagger-ui");
        }
    }

    @Test
    void anOperatorCanTurnTheUiOn(CapturedOutput output) {
        try (var node = startAnotherNode("--greenzone.api-docs.ui=true")) {
            var http = new TestHttp(((WebServerApplicationContext) node).getWebServer().getPort(), jdbc);
            Response page = http.get("/swagger-ui/index.html").html().send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body()).contains("swagger-ui");
            assertThat(http.get("/v3/api-docs").send().status()).isEqualTo(200);
        }
        // Both states were chosen on purpose, so springdoc has nothing to warn about.
        assertThat(output.getOut()).doesNotContain("endpoint is enabled by default");
    }
}
