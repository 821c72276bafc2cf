package vn.greenzone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the running application. All of them share one Spring context, and
 * so one embedded PostgreSQL for the whole run: do not add per-class configuration here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    private TestHttp http;

    /** An HTTP client for the running application, made on first use. */
    protected TestHttp http() {
        if (http == null) {
            http = new TestHttp(port, jdbc);
        }
        return http;
    }
}
