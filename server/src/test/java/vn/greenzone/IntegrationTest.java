package vn.greenzone;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the running application. All of them share one Spring context, and
 * so one embedded PostgreSQL for the whole run: do not add per-class configuration here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {
}
