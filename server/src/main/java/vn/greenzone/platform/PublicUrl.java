package vn.greenzone.platform;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach this server at, for links in messages and QR codes: {@code
 * greenzone.public-base-url} when set (behind a proxy, a domain name), otherwise this machine on the port
 * the server actually listens on, so {@code --server.port=9090} or {@code PORT} need nothing else.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile int port = 8080;

    PublicUrl(GreenzoneProperties properties) {
        this.configured = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The base, without a trailing slash. */
    public String base() {
        return configured.isEmpty() ? "http://localhost:" + port : configured;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server, when it has a port of its own, is not where people go.
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }
}
