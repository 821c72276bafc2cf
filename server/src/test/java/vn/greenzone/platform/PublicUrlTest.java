package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;

/**
 * Without {@code GREENZONE_PUBLIC_URL}, links in the log and on posters name the port the server really
 * listens on, not 8080; a configured public URL wins over it.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicUrlTest extends IntegrationTest {

    @Test
    void aServerOnAnotherPortPrintsAndPostsItsOwnPort(CapturedOutput output) {
        // As an operator starts it: another port, no public URL.
        try (var node = startAnotherNode()) {
            int nodePort = ((WebServerApplicationContext) node).getWebServer().getPort();
            assertThat(nodePort).isNotIn(8080, port);
            String base = "http://localhost:" + nodePort;

            assertThat(output.getOut()).contains("sign in at " + base + "/login");
            var http = new TestHttp(nodePort, jdbc);
            var owner = http.signInApi(TestHttp.randomPhone());
            var registered = http.post("/api/v1/venues").bearer(owner.token())
                    .json(Map.of("name", "Quán Cổng", "category", "RESTAURANT", "unitCode", "25195",
                            "address", "Số " + System.nanoTime() + " Đường Cổng", "contactPhone", "0912345678"))
                    .send();
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            assertThat(registered.json().path("posterUrl").asString()).startsWith(base + "/c/");
        }
    }

    @Test
    void aConfiguredPublicUrlWinsOverThePort() {
        GreenzoneProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("greenzone.public-base-url", "https://greenzone.binhphuoc.gov.vn/")))
                .bindOrCreate("greenzone", GreenzoneProperties.class);
        assertThat(new PublicUrl(properties).base()).isEqualTo("https://greenzone.binhphuoc.gov.vn");
    }
}
