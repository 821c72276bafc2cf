package vn.greenzone;

import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
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

    @Autowired
    private DataSource dataSource;

    private TestHttp http;

    /** An HTTP client for the running application, made on first use. */
    protected TestHttp http() {
        if (http == null) {
            http = new TestHttp(port, jdbc);
        }
        return http;
    }

    /**
     * Another node of the application on the same database and a port of its own, started as an operator
     * starts one: command-line arguments, which outrank application.yml. The caller closes it.
     */
    protected ConfigurableApplicationContext startAnotherNode(String... arguments) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String[] node = {"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"};
        return new SpringApplicationBuilder(GreenzoneApplication.class).profiles("test")
                .run(Stream.concat(Stream.of(node), Stream.of(arguments)).toArray(String[]::new));
    }
}
